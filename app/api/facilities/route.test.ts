import { sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '@/db/testing';
import { GET } from './route';
import { GET as getOne } from './[id]/route';

const app = seededAppDatabaseForFile();

const get = (query: string) => GET(new Request(`http://localhost/api/facilities${query}`));

describe('GET /api/facilities', () => {
  it('lists every facility with its state on the day, and the counts the map shows', async () => {
    const response = await get('?on=2016-12-01');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      on: string;
      counts: { operatedBy: string; postsOpen: number }[];
      facilities: { id: string; state: string }[];
    };
    expect(body.on).toBe('2016-12-01');
    const ids = app.db.all<{ id: string }>(sql`SELECT id FROM facilities ORDER BY id`);
    expect(body.facilities.map((f) => f.id).sort()).toEqual(ids.map((r) => r.id));
    expect(body.facilities.find((f) => f.id === 'ru-consulate-seattle')?.state).toBe('open');
    expect(body.counts.find((c) => c.operatedBy === 'US')?.postsOpen).toBe(4);
  });

  it('gives the same rows as CSV, in the columns of data/facilities.csv plus the state', async () => {
    const response = await get('?on=2018-04-30&format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const seattle = rows.find((r) => r.id === 'ru-consulate-seattle')!;
    expect(seattle).toMatchObject({ closed_on: '2018-04-02', state: 'closed', day: '2018-04-30' });
  });

  it('refuses a bad day or an unknown parameter with the API’s error shape', async () => {
    for (const query of ['?on=2018-02-30', '?on=2016-12', '?on=2999-01-01', '?year=2018']) {
      const response = await get(query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe('invalid_parameter');
    }
  });
});

describe('GET /api/facilities/[id]', () => {
  const one = (id: string) =>
    getOne(new Request(`http://localhost/api/facilities/${id}`), {
      params: Promise.resolve({ id }),
    });

  it('returns a post with its sources and events, or 404', async () => {
    const post = (await (await one('ru-consulate-seattle')).json()) as {
      openedOn: string;
      openedSource: { id: string };
    };
    expect(post).toMatchObject({
      openedOn: '1992-12-16',
      openedSource: { id: 'seattletimes-1992-russian-consulate-opens' },
    });
    const missing = await one('no-such-post');
    expect(missing.status).toBe(404);
  });
});
