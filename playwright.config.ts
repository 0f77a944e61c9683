import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/browser';
import { editorToken } from './e2e/editor-token';

// A fresh database for every run, never the developer's. Set once in the runner process;
// the workers inherit it, so the server and the specs read the same file.
process.env.E2E_DATABASE_PATH ??= path.join(
  fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-e2e-')),
  'e2e.db',
);

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    // Readers' journeys compare the page with the database, so the specs that change the
    // data run after them, on their own.
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: /editing|corrections|fresh-data|under-load|http-fuzz|nginx/,
    },
    {
      name: 'editing',
      use: { ...devices['Desktop Chrome'] },
      testMatch: /(editing|corrections)\.spec/,
      dependencies: ['chromium'],
      fullyParallel: false,
    },
    // Reads a page, changes the data, reads it again: nothing else may write in between.
    {
      name: 'fresh-data',
      use: { ...devices['Desktop Chrome'] },
      testMatch: /fresh-data/,
      dependencies: ['editing'],
    },
    // Heavy load, then fuzzing, last and alone, so that they slow no other journey down.
    {
      name: 'load',
      use: { ...devices['Desktop Chrome'] },
      testMatch: /under-load/,
      dependencies: ['fresh-data'],
    },
    {
      name: 'fuzz',
      testMatch: /http-fuzz/,
      dependencies: ['load'],
    },
    // deploy/nginx.conf in front of two more app processes on a copy of the database: last,
    // so that its load slows nothing else down.
    {
      name: 'nginx',
      testMatch: /nginx\.spec/,
      dependencies: ['fuzz'],
    },
  ],
  webServer: {
    // A production build served on the seeded temporary database (`build` migrates and seeds).
    command: `npm run build && node server/start.cjs --hostname 127.0.0.1 --port ${port}`,
    url: baseURL,
    env: {
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      EDITOR_TOKEN: editorToken,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
  },
});
