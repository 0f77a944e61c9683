import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

// Changes the data, so it runs alone and last in its own file.
test.describe.configure({ mode: 'serial' });

test('the home page is served from cache, and a data change shows on the next request', async ({
  page,
  sql,
}) => {
  const summary = page.locator('.dataset-summary');
  await page.goto('/');
  const [before] = sql<{ n: number }>('SELECT count(*) AS n FROM sources');
  await expect(summary).toContainText(`${before!.n} sources`);
  // Served from the page cache, not rendered again.
  const cached = await page.reload();
  expect(cached?.headers()['x-nextjs-cache']).toBe('HIT');
  await expect(summary).toContainText(`${before!.n} sources`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-import-'));
  const file = path.join(dir, 'sources.csv');
  fs.writeFileSync(
    file,
    'id,title,publisher,url,published_on\ne2e-new-source,"A new report",Reuters,https://example.org/new,2026-01\n',
  );
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', 'scripts/data-import.ts', file],
    {
      env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH },
      encoding: 'utf8',
    },
  );
  expect(result.status, result.stderr).toBe(0);

  const fresh = await page.reload();
  expect(fresh?.headers()['x-nextjs-cache']).not.toBe('HIT');
  await expect(summary).toContainText(`${before!.n + 1} sources`);
});
