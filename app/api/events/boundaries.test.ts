import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '@/db/testing';
import { GET as listEvents } from './route';

const app = seededAppDatabaseForFile();

/**
 * Events planted at the edges the filters must get right: the first day of a year (where a
 * year-precision event is stored) and its last day, and text holding LIKE's own wildcards.
 */
const planted = [
  ['planted-2003-year', '2003-01-01', 'year', 'US', 'RU', 7, 'Planted: 100% of a staff_list'],
  ['planted-2003-last-day', '2003-12-31', 'day', 'RU', 'US', 5, 'Planted: the last day'],
  ['planted-2004-first-day', '2004-01-01', 'day', 'RU', 'US', 3, 'Planted: 100 and more'],
  ['planted-2002-last-day', '2002-12-31', 'day', 'US', 'RU', 2, 'Planted: staff list \\ notes'],
  ['planted-quoted', '2001-05-05', 'day', 'US', 'RU', 1, 'Planted: the "quoted" word'],
  ['planted-unquoted', '2001-05-06', 'day', 'US', 'RU', 1, 'Planted: a quoted word'],
] as const;
const plantedIds = planted.map(([id]) => id);

beforeAll(() => {
  for (const [id, on, precision, actor, target, people, summary] of planted) {
    app.db.run(
      sql`INSERT INTO events (id, occurred_on, date_precision, actor_country, target_country, kind,
            people_affected, summary, support)
          VALUES (${id}, ${on}, ${precision}, ${actor}, ${target}, 'expulsion', ${people},
            ${summary}, 'single_source')`,
    );
  }
});

type Body = {
  events: { id: string }[];
  totals: { events: number; expelledBy: { actor: string; expelled: number }[] };
};
async function list(query: string): Promise<Body> {
  const response = listEvents(new Request(`http://localhost/api/events?${query}&limit=200`));
  expect(response.status, query).toBe(200);
  return response.json();
}

/** The same question asked of SQLite directly, with string functions rather than ranges. */
function expected(where: string) {
  const rows = app.db.all<{ id: string; actor: string; people: number | null }>(
    sql.raw(`SELECT id, actor_country AS actor, people_affected AS people FROM events
             WHERE ${where} ORDER BY occurred_on, id`),
  );
  const expelled = new Map<string, number>();
  for (const r of rows) expelled.set(r.actor, (expelled.get(r.actor) ?? 0) + (r.people ?? 0));
  return {
    ids: rows.map((r) => r.id),
    expelled: [...expelled].sort().map(([actor, n]) => ({ actor, expelled: n })),
  };
}
const plantedIn = (body: Body) =>
  body.events.map((e) => e.id).filter((id) => id.startsWith('planted'));
const expelledOf = (body: Body) =>
  body.totals.expelledBy.map(({ actor, expelled }) => ({ actor, expelled }));

describe('a year filter', () => {
  it.each([2002, 2003, 2004])(
    'holds every event dated in %i, from 1 January to 31 December',
    async (year) => {
      const body = await list(`year=${year}`);
      const want = expected(`substr(occurred_on, 1, 4) = '${year}'`);
      expect(body.events.map((e) => e.id)).toEqual(want.ids);
      expect(body.totals.events).toBe(want.ids.length);
      expect(expelledOf(body)).toEqual(want.expelled);
    },
  );

  it('puts a year-precision event and one on 31 December in their year and no other', async () => {
    expect(plantedIn(await list('year=2003'))).toEqual([
      'planted-2003-year',
      'planted-2003-last-day',
    ]);
    expect(plantedIn(await list('year=2002'))).toEqual(['planted-2002-last-day']);
    expect(plantedIn(await list('year=2004'))).toEqual(['planted-2004-first-day']);
  });

  it('sums the same edges when the totals come from the matching events (with text)', async () => {
    const body = await list('year=2003&q=Planted');
    expect(body.events.map((e) => e.id)).toEqual(['planted-2003-year', 'planted-2003-last-day']);
    expect(expelledOf(body)).toEqual([
      { actor: 'RU', expelled: 5 },
      { actor: 'US', expelled: 7 },
    ]);
  });

  it('spans whole years for a range too', async () => {
    const body = await list('from=2003&to=2004&q=Planted');
    expect(body.events.map((e) => e.id)).toEqual(plantedIds.slice(0, 3));
  });
});

describe('text search', () => {
  it.each([
    ['%', '%'],
    ['_', '_'],
    ['\\', '\\'],
    ['100%25', '100%'],
    ['staff_list', 'staff_list'],
    ['%22quoted%22', '"quoted"'],
  ])('?q=%s matches the text literally, wildcards and all', async (query, text) => {
    const body = await list(`q=${query.replace('\\', '%5C')}`);
    const want = expected(
      `instr(summary, '${text}') OR instr(coalesce(facilities, ''), '${text}')
       OR instr(coalesce(reason, ''), '${text}')`,
    );
    expect(body.events.map((e) => e.id)).toEqual(want.ids);
    expect(want.ids.length).toBeGreaterThan(0);
  });
});

describe('a bad request', () => {
  it('gets one 400 naming every bad parameter, unknown ones included, in one message', async () => {
    const response = listEvents(
      new Request('http://localhost/api/events?year=abc&colour=red&limit=0'),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({
      code: 'invalid_parameter',
      message:
        'year: expected a year such as 2018; limit: expected at least 1; colour: unknown parameter',
      issues: [
        { parameter: 'year', message: 'expected a year such as 2018' },
        { parameter: 'limit', message: 'expected at least 1' },
        { parameter: 'colour', message: 'unknown parameter' },
      ],
    });
  });

  it('names several unknown parameters in one issue', async () => {
    const response = listEvents(new Request('http://localhost/api/events?colour=red&size=9'));
    expect((await response.json()).error.issues).toEqual([
      { parameter: 'colour, size', message: 'unknown parameter' },
    ]);
  });

  it('is answered as JSON, like every good one', () => {
    const response = listEvents(new Request('http://localhost/api/events?year=2018'));
    expect(response.headers.get('content-type')).toBe('application/json');
  });
});
