import { describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '@/db/testing';
import { bumpRevision } from '@/db/revision';
import { GET as listEvents } from './events/route';
import { GET as getStaffing } from './staffing/route';

// The read APIs serve a computed body until the data's revision changes: every write bumps
// it in its own transaction (editor writes, imports), and the next read is computed afresh.
const app = seededAppDatabaseForFile();

async function eventIdsOf2018() {
  const response = await listEvents(new Request('http://localhost/api/events?year=2018'));
  return ((await response.json()) as { events: { id: string }[] }).events.map((e) => e.id);
}

describe('API bodies cached by data revision', () => {
  it('serves the body computed at this revision, and a fresh one after a write', async () => {
    const before = await eventIdsOf2018();
    const sqlite = app.db.$client;
    const source = sqlite.prepare('SELECT id FROM sources LIMIT 1').pluck().get();
    // Written behind the app's back, without a revision bump: the cached body stands.
    sqlite
      .prepare(
        `INSERT INTO events (id, occurred_on, date_precision, actor_country, target_country,
           is_joint, kind, summary) VALUES ('2018-12-31-cache-test', '2018-12-31', 'day', 'US',
           'RU', 0, 'talks', 'Cache test')`,
      )
      .run();
    sqlite.prepare('INSERT INTO event_sources VALUES (?, ?)').run('2018-12-31-cache-test', source);
    expect(await eventIdsOf2018()).toEqual(before);

    app.db.transaction((tx) => bumpRevision(tx));
    expect(await eventIdsOf2018()).toEqual([...before, '2018-12-31-cache-test']);
  });

  it('keeps one body per view', async () => {
    const all = await (await getStaffing(new Request('http://localhost/api/staffing'))).json();
    const diplomats = await (
      await getStaffing(new Request('http://localhost/api/staffing?scope=diplomats'))
    ).json();
    expect(all.view.scope).toBe('all_scopes');
    expect(diplomats.view.scope).toBe('diplomats');
  });
});
