import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Client components must never reach the database; db/ modules are server-only. The
    // types of db/schema.ts may be read anywhere: records are typed from their tables.
    files: ['components/**/*.tsx', 'lib/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/db/*', '../db/*', '../../db/*'], allowTypeImports: true }] },
      ],
    },
  },
  {
    // CommonJS files loaded by Node or Next.js directly, outside the bundler.
    files: ['**/*.cjs', 'next.config.js', 'lib/*.js', 'lib/**/*.js'],
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
