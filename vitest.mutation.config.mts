import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mts';

// The crash test and the concurrent-writes test run in child processes, where Stryker cannot switch a fault on:
// it would cost a minute per run and could kill nothing. The README test reads git's file
// list, which Stryker's sandbox copy is not part of.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        '**/node_modules/**',
        'scripts/import-crash.test.ts',
        'db/concurrent-writes.test.ts',
        'readme.test.ts',
      ],
    },
  }),
);
