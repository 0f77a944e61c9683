// Mutation testing: Stryker changes the code one fault at a time and runs the unit tests that
// cover it; a fault no test notices is a gap in the tests. `npm run test:mutation`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts' },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  mutate: [
    'lib/**/*.ts',
    'db/queries/*.ts',
    'db/import*.ts',
    'db/editor-writes.ts',
    // Editors, sessions, limits and readers' corrections: the security of the desk.
    'db/editors.ts',
    'db/corrections.ts',
    'db/rate-limits.ts',
    'app/api/_lib/*.ts',
    'db/event-links.ts',
    // The HTTP caching rules; the process entry and its migration are the e2e tests' to check.
    'server/*.cjs',
    '!server/start.cjs',
    '!server/migrate-at-start.cjs',
    '!**/*.test.ts',
    // Test helpers (reading SVG paths back), not shipped.
    '!**/testing.ts',
    // Dash patterns and mark paths, a table with no logic: its mutants are static ones.
    '!lib/staffing/scope-marks.ts',
  ],
  // Results of unchanged code and tests are reused from the committed baseline: a run
  // re-tests only what a change touches. `npm run test:mutation -- --force` re-tests all.
  incremental: true,
  incrementalFile: 'bench/mutation/incremental.json',
  thresholds: { high: 90, low: 85, break: 85 },
  // The console gets the score table; mutants and tests are in the HTML and JSON reports
  // (`npx tsx scripts/mutation-summary.ts` lists the survivors for bench/MUTATION.md).
  clearTextReporter: { reportMutants: false, reportTests: false, skipFull: true },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;
