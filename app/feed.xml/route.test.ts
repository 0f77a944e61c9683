import { describe, expect, it } from 'vitest';
import { bumpRevision } from '@/db/revision';
import { seededAppDatabaseForFile } from '@/db/testing';
import { GET as eventsFeed } from '../(site)/events/feed.xml/route';
import { GET as feed } from './route';
import { readAtom } from './testing';

const app = seededAppDatabaseForFile();
async function read(address: string) {
  const response = await (address.startsWith('/events/') ? eventsFeed : feed)(
    new Request(`http://tracker.test${address}`),
  );
  return { response, ...(await readAtom(response)) };
}

const sql = <T>(query: string, ...params: unknown[]) =>
  app.db.$client
    .prepare(query)
    .pluck()
    .all(...params) as T[];

describe('the Atom feed of events', () => {
  it('lists the newest events first, each linking its page and its sources', async () => {
    const { response, atom, entries } = await read('/feed.xml');
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const newest = sql<string>('SELECT id FROM events ORDER BY occurred_on DESC, id DESC LIMIT 50');
    expect(entries.map((e) => e.id)).toEqual(
      newest.map((id) => `http://tracker.test/events/${id}`),
    );
    const [first] = entries;
    expect(first!.link['@_href']).toBe(first!.id);
    const sourceUrls = sql<string>(
      `SELECT s.url FROM event_sources es JOIN sources s ON s.id = es.source_id
       WHERE es.event_id = ? AND s.url IS NOT NULL`,
      newest[0],
    );
    expect(sourceUrls.length).toBeGreaterThan(0);
    for (const url of sourceUrls) expect(first!.content['#text']).toContain(`href="${url}"`);
  });

  it('follows one view of the explorer', async () => {
    const { entries } = await read('/events/feed.xml?actor=RU&kind=expulsion');
    const expected = sql<string>(
      `SELECT id FROM events WHERE actor_country = 'RU' AND kind = 'expulsion'
       ORDER BY occurred_on DESC, id DESC LIMIT 50`,
    );
    expect(expected.length).toBeGreaterThan(2);
    expect(entries.map((e) => e.id)).toEqual(
      expected.map((id) => `http://tracker.test/events/${id}`),
    );
  });

  it('dates an entry by its last edit, or else by when it happened, and has none for no match', async () => {
    const [id] = sql<string>('SELECT id FROM events ORDER BY occurred_on DESC, id DESC LIMIT 1');
    const sqlite = app.db.$client;
    app.db.transaction((tx) => {
      sqlite
        .prepare(
          `INSERT INTO audit_log (at, editor, action, entity, entity_id)
           VALUES ('2099-05-01T10:00:00.000Z', 'e', 'update', 'events', ?),
                  ('2099-04-01T10:00:00.000Z', 'e', 'update', 'events', ?),
                  ('2099-06-01T10:00:00.000Z', 'e', 'update', 'headcounts', ?)`,
        )
        .run(id, id, id);
      bumpRevision(tx);
    });
    const { entries } = await read('/feed.xml');
    expect(entries[0]!.updated).toBe('2099-05-01T10:00:00.000Z');
    expect(entries[1]!.updated).toBe(entries[1]!.published);
    expect((await read('/events/feed.xml?q=nothing-matches-this')).entries).toEqual([]);
  });

  it('refuses a filter it cannot read, in the API’s error shape', async () => {
    const response = await feed(new Request('http://tracker.test/feed.xml?year=abc&colour=red'));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.issues.map((i: { parameter: string }) => i.parameter).sort()).toEqual([
      'colour',
      'year',
    ]);
  });

  it('gains an entry after a write, with its text never taken as markup', async () => {
    const source = sql<string>('SELECT id FROM sources LIMIT 1')[0];
    const summary = '<img src=x onerror=alert(1)> closes ]]> a consulate';
    const sqlite = app.db.$client;
    app.db.transaction((tx) => {
      sqlite
        .prepare(
          `INSERT INTO events (id, occurred_on, date_precision, actor_country, target_country,
             is_joint, kind, summary) VALUES ('2099-01-01-feed-test', '2099-01-01', 'day', 'RU',
             'US', 0, 'facility_closure', ?)`,
        )
        .run(summary);
      sqlite.prepare('INSERT INTO event_sources VALUES (?, ?)').run('2099-01-01-feed-test', source);
      bumpRevision(tx);
    });
    const { entries } = await read('/feed.xml');
    const [entry] = entries;
    expect(entry!.id).toBe('http://tracker.test/events/2099-01-01-feed-test');
    expect(entry!.title['#text']).toBe(
      '&#60;img src=x onerror=alert(1)&#62; closes ]]&#62; a consulate',
    );
    expect(entry!.content['#text']).not.toContain('<img');
  });
});
