import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { editorToken } from './editor-token';
import { expect, test } from './fixtures';
import { EventsPage } from './pages/EventsPage';

// Changes the data, so it runs alone and last in its own file.
test.describe.configure({ mode: 'serial' });

// Ids unique to each attempt: a retry imports new rows, so the data changes again.
const attempt = Date.now();

/** Imports CSV files (name → contents) with the command-line import, as an editor would. */
function importFiles(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-import-'));
  const paths = Object.entries(files).map(([name, contents]) => {
    fs.writeFileSync(path.join(dir, name), contents);
    return path.join(dir, name);
  });
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', 'scripts/data-import.ts', ...paths],
    {
      env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH },
      encoding: 'utf8',
    },
  );
  expect(result.status, result.stderr).toBe(0);
}

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

  importFiles({
    'sources.csv': `id,title,publisher,url,published_on\ne2e-new-source-${attempt},"A new report",Reuters,https://example.org/new,2026-01\n`,
  });

  const fresh = await page.reload();
  expect(fresh?.headers()['x-nextjs-cache']).not.toBe('HIT');
  await expect(summary).toContainText(`${before!.n + 1} sources`);
});

test('a year of the events explorer is served from cache until an event is added to it', async ({
  page,
  sql,
}) => {
  const events = new EventsPage(page);
  const count = () =>
    sql<{ n: number }>("SELECT count(*) AS n FROM events WHERE occurred_on LIKE '2018-%'")[0]!.n;
  const before = count();
  await events.open('?year=2018');
  await expect(events.eventTitles()).toHaveCount(before);
  expect((await page.reload())?.headers()['x-nextjs-cache']).toBe('HIT');

  const [source] = sql<{ id: string }>('SELECT id FROM sources ORDER BY id LIMIT 1');
  importFiles({
    'events.csv': `id,occurred_on,date_note,actor_country,target_country,is_joint,kind,people_affected,people_note,facilities,facilities_closed,summary,reason,responds_to,support
2018-12-30-e2e-cached-year-${attempt},2018-12-30,,US,RU,false,talks,,,,,An event added while the year was cached.,,,single_source
`,
    'event-sources.csv': `event_id,source_id\n2018-12-30-e2e-cached-year-${attempt},${source!.id}\n`,
  });
  await page.reload();
  await expect(events.eventTitles()).toHaveCount(before + 1);
  await expect(events.eventTitles().last()).toHaveText('An event added while the year was cached.');
});

test('the Atom feed parses, is advertised by the pages, and gains an entry after an editor’s write', async ({
  page,
  request,
}) => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });
  const readFeed = async () => {
    const response = await request.get('/feed.xml');
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    return parser.parse(text).feed as { entry: { id: string }[] };
  };
  const before = await readFeed();

  await page.goto('/events?actor=RU&kind=expulsion');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/events\/feed\.xml\?actor=RU&kind=expulsion$/,
  );

  const id = `2099-01-02-e2e-feed-${attempt}`;
  const write = await request.post('/api/events', {
    headers: { authorization: `Bearer ${editorToken}` },
    data: {
      id,
      occurred_on: '2099-01-02',
      actor_country: 'RU',
      target_country: 'US',
      is_joint: false,
      kind: 'expulsion',
      summary: 'An expulsion recorded while a reader follows the feed.',
      support: 'article_only',
      source_ids: ['article-2025-repatriate-russian-diplomats'],
    },
  });
  expect(write.status()).toBe(201);

  const after = await readFeed();
  expect(after.entry[0]!.id).toMatch(new RegExp(`/events/${id}$`));
  expect(after.entry.slice(1, before.entry.length)).toEqual(
    before.entry.slice(0, before.entry.length - 1),
  );
});

test('a day of the missions map is served from cache until an editor closes a post', async ({
  page,
  request,
  sql,
}) => {
  const id = `ru-consulate-e2e-${attempt}`;
  const sentence = page.locator('.post-counts [data-side="RU"]');
  const openPosts = () =>
    sql<{ n: number }>(
      `SELECT count(*) AS n FROM facilities WHERE operated_by = 'RU'
         AND kind IN ('embassy', 'consulate_general', 'consulate', 'un_mission')
         AND (opened_on IS NULL OR opened_on <= '2025-01-01')
         AND (closed_on IS NULL OR closed_on > '2025-01-01')`,
    )[0]!.n;
  const write = await request.post('/api/facilities', {
    headers: { authorization: `Bearer ${editorToken}` },
    data: {
      id,
      name: 'Russian Consulate General (e2e)',
      operated_by: 'RU',
      host_country: 'US',
      city: 'Chicago',
      kind: 'consulate_general',
      opened_on: '2024',
      opened_source_id: 'article-2025-repatriate-russian-diplomats',
      source_id: 'article-2025-repatriate-russian-diplomats',
    },
  });
  expect(write.status()).toBe(201);
  const before = openPosts();
  await page.goto('/missions?on=2025-01-01');
  await expect(sentence).toContainText(`${before} posts open`);
  expect((await page.reload())?.headers()['x-nextjs-cache']).toBe('HIT');

  const closed = await request.patch(`/api/facilities/${id}`, {
    headers: { authorization: `Bearer ${editorToken}` },
    data: { closed_on: '2024-06', closed_source_id: 'article-2025-repatriate-russian-diplomats' },
  });
  expect(closed.status()).toBe(200);
  await page.reload();
  await expect(sentence).toContainText(`${before - 1} posts open`);
  expect(openPosts()).toBe(before - 1);
});
