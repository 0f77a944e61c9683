import autocannon from 'autocannon';
import { editorToken } from './editor-token';
import { expect, test } from './fixtures';

// Readers and an editor at once: 50 connections read for 20 s while an observation is
// written every second. No read may fail, no write may be lost, and SQLITE_BUSY must never
// reach a client. (In the 'editing' project: it changes the data.)
test('50 readers and one editor for 20 seconds: no errors, every write kept', async ({
  baseURL,
  request,
  sql,
}) => {
  test.setTimeout(90_000);
  // Every answer, by address and status: each address must be read, and only ever answer 200.
  const answers = new Map<string, number>();
  const paths = ['/', '/events?year=2018', '/api/events?year=2018', '/api/staffing'];
  const reads = autocannon({
    url: baseURL!,
    connections: 50,
    duration: 20,
    requests: paths.map((path) => ({
      path,
      onResponse: (status: number) => {
        const key = `${status} ${path}`;
        answers.set(key, (answers.get(key) ?? 0) + 1);
      },
    })),
  });

  const written: string[] = [];
  const failures: string[] = [];
  const run = `load-${Date.now().toString(36)}`;
  const started = Date.now();
  for (let n = 0; n < 19; n++) {
    // One write a second, on the second, however long each takes under the load.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, started + n * 1000 - Date.now())),
    );
    const id = `${run}-${n}`;
    const response = await request.post('/api/headcounts', {
      headers: { authorization: `Bearer ${editorToken}` },
      data: {
        id,
        observed_on: '2019-06',
        sending_country: 'US',
        host_country: 'RU',
        count: 100 + n,
        bound: 'exact',
        scope: 'nationals',
        coverage: 'embassy',
        is_estimate: false,
        source_id: 'article-2025-repatriate-russian-diplomats',
        support: 'article_only',
      },
    });
    if (response.status() === 201) written.push(id);
    else failures.push(`${id}: ${response.status()} ${await response.text()}`);
  }
  const result = await reads;

  expect(failures).toEqual([]);
  expect(written).toHaveLength(19);
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx).toBe(0);
  expect([...answers.keys()].sort()).toEqual(paths.map((path) => `200 ${path}`).sort());
  // This run's rows only: a retried test leaves an earlier run's rows behind.
  const kept = sql<{ id: string }>(
    'SELECT id FROM headcounts WHERE id LIKE ? ORDER BY id',
    `${run}-%`,
  ).map((r) => r.id);
  expect(kept.sort()).toEqual([...written].sort());
});
