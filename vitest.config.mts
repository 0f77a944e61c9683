import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${import.meta.dirname}/` },
      // `server-only` throws outside React Server Components; tests are server code too.
      {
        find: 'server-only',
        replacement: path.join(import.meta.dirname, 'node_modules/server-only/empty.js'),
      },
    ],
  },
  test: {
    include: ['{lib,db,scripts,app,components,server}/**/*.test.{ts,tsx}', '*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
