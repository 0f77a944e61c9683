import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Client components must never reach the database; db/ modules are server-only.
    files: ['components/**/*.tsx', 'lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/db/*', '../db/*', '../../db/*'] }],
    },
  },
  {
    // CommonJS files loaded by Node or Next.js directly, outside the bundler.
    files: ['**/*.cjs', 'next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.stryker-tmp/**',
    'reports/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
