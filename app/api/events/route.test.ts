import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '@/db/testing';
import { GET as getEvent } from './[id]/route';
import { GET as listEvents } from './route';
import { GET as listYears } from './years/route';

const app = seededAppDatabaseForFile();

type EventsBody = {
  events: {
    id: string;
    occurredOn: string;
    actorCountry: string;
    kind: string;
    sources: { url: string | null }[];
  }[];
  nextCursor: string | null;
  totals?: {
    events: number;
    facilitiesClosed: number;
    expelledBy: { actor: string; era: number; label: string; expelled: number }[];
  };
};

async function list(query: string): Promise<EventsBody> {
  const response = listEvents(new Request(`http://localhost/api/events${query}`));
  expect(response.status, query).toBe(200);
  return response.json();
}

const ids = (where: string) =>
  app.db
    .all<{ id: string }>(sql.raw(`SELECT id FROM events WHERE ${where} ORDER BY occurred_on, id`))
    .map((r) => r.id);

describe('GET /api/events', () => {
  it('keeps Soviet and Russian diplomats apart in totals that span 1992', async () => {
    const { totals } = await list('?actor=US&kind=expulsion');
    const expected = app.db.all<{ era: number; expelled: number }>(
      sql`SELECT occurred_on >= '1992' AS era, sum(people_affected) AS expelled FROM events
          WHERE actor_country = 'US' AND kind = 'expulsion' GROUP BY era ORDER BY era`,
    );
    expect(totals?.expelledBy.map(({ era, expelled }) => ({ era, expelled }))).toEqual(expected);
    expect(totals?.expelledBy.map((e) => e.label)).toEqual([
      'Soviet diplomats expelled by the US',
      'Russian diplomats expelled by the US',
    ]);
  });

  it('filters by year, including events known only to the month', async () => {
    const body = await list('?year=1989');
    expect(body.events.map((e) => e.id)).toEqual(ids("occurred_on LIKE '1989-%'"));
    expect(body.events.some((e) => e.id === '1989-03-us-expels-malinin')).toBe(true);
  });

  it('names each party as it was called then: the USSR in 1986', async () => {
    const body = (await list('?year=1986')) as EventsBody & {
      events: { actorLabel: string; targetLabel: string }[];
    };
    expect(body.events.length).toBeGreaterThan(0);
    for (const e of body.events)
      expect([e.actorLabel, e.targetLabel].sort()).toEqual(['US', 'USSR']);
  });

  it('offers no next page when a page holds exactly the last event', async () => {
    const count = ids("occurred_on LIKE '2018-%'").length;
    const body = await list(`?year=2018&limit=${count}`);
    expect(body.events).toHaveLength(count);
    expect(body.nextCursor).toBeNull();
  });

  it('answers "what happened in 2018?" with the right totals', async () => {
    const { totals } = await list('?year=2018');
    expect(totals?.expelledBy).toEqual([
      { actor: 'RU', era: 1, label: 'US diplomats expelled by Russia', expelled: 60 },
      { actor: 'US', era: 1, label: 'Russian diplomats expelled by the US', expelled: 60 },
    ]);
    expect(totals?.facilitiesClosed).toBe(2);
  });

  it.each([
    ['?from=2016&to=2018', "occurred_on BETWEEN '2016-01-01' AND '2018-12-31'"],
    ['?actor=RU', "actor_country = 'RU'"],
    ['?kind=expulsion,facility_closure', "kind IN ('expulsion', 'facility_closure')"],
    ['?kind=talks&kind=reopening', "kind IN ('talks', 'reopening')"],
    [
      '?q=skripal',
      "summary LIKE '%skripal%' OR facilities LIKE '%skripal%' OR reason LIKE '%skripal%'",
    ],
    [
      '?year=2021&actor=US&kind=expulsion',
      "occurred_on LIKE '2021-%' AND actor_country = 'US' AND kind = 'expulsion'",
    ],
  ])('%s returns exactly the matching events', async (query, where) => {
    const body = await list(`${query}${query.includes('?') ? '&' : '?'}limit=200`);
    expect(body.events.map((e) => e.id)).toEqual(ids(where));
  });

  it('gives every event its sources', async () => {
    const body = await list('?limit=200');
    expect(body.events.length).toBe(ids('1').length);
    expect(body.events.every((e) => e.sources.length > 0)).toBe(true);
  });

  it('pages through everything with no duplicate and no gap', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body: EventsBody = await list(`?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.events.length).toBeLessThanOrEqual(7);
      expect(body.totals === undefined).toBe(cursor !== null);
      seen.push(...body.events.map((e) => e.id));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 100);
    expect(seen).toEqual(ids('1'));
  });

  it.each([
    ['?year=abc', 'year'],
    ['?year=99999', 'year'],
    ['?from=2020&to=2010', 'from'],
    ['?year=2018&from=2016', 'year'],
    ['?actor=usa', 'actor'],
    ['?kind=invasion', 'kind'],
    ['?limit=0', 'limit'],
    ['?limit=201', 'limit'],
    ['?limit=ten', 'limit'],
    ['?cursor=not-a-cursor', 'cursor'],
    [`?q=${'x'.repeat(201)}`, 'q'],
    ['?colour=red', 'colour'],
  ])('answers %s with a 400 naming %s', async (query, parameter) => {
    const response = listEvents(new Request(`http://localhost/api/events${query}`));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid_parameter');
    expect(body.error.issues.map((i: { parameter: string }) => i.parameter)).toContain(parameter);
  });
});

describe('GET /api/events/[id]', () => {
  it('returns the event with its sources and its retaliation pair', async () => {
    const response = await getEvent(new Request('http://localhost'), {
      params: Promise.resolve({ id: '2018-03-26-us-expels-60' }),
    });
    const event = await response.json();
    expect(event.sources.length).toBeGreaterThan(0);
    expect(event.answeredBy.map((e: { id: string }) => e.id)).toEqual(
      ids("responds_to = '2018-03-26-us-expels-60'"),
    );
  });

  it('links every event to the one it answered and the ones that answered it, as SQL does', async () => {
    const all = app.db.all<{ id: string; respondsTo: string | null }>(
      sql`SELECT id, responds_to AS respondsTo FROM events ORDER BY id`,
    );
    expect(all.filter((e) => e.respondsTo).length).toBeGreaterThan(5);
    for (const { id, respondsTo } of all) {
      const response = await getEvent(new Request('http://localhost'), {
        params: Promise.resolve({ id }),
      });
      const event = await response.json();
      expect(event.answered?.id ?? null, id).toBe(respondsTo);
      expect(
        event.answeredBy.map((e: { id: string }) => e.id),
        id,
      ).toEqual(ids(`responds_to = '${id}'`));
      const sources = app.db.all<{ id: string }>(
        sql`SELECT source_id AS id FROM event_sources WHERE event_id = ${id} ORDER BY source_id`,
      );
      expect(event.sources.map((s: { id: string }) => s.id).sort(), id).toEqual(
        sources.map((s) => s.id),
      );
    }
  });

  it('answers an unknown id with a 404 JSON error', async () => {
    const response = await getEvent(new Request('http://localhost'), {
      params: Promise.resolve({ id: 'no-such-event' }),
    });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });
});

describe('GET /api/events/years', () => {
  it('sums diplomats expelled per year and acting country', async () => {
    const { years } = await listYears().json();
    const expected = app.db.all<{ expelled: number }>(
      sql`SELECT coalesce(sum(people_affected), 0) AS expelled FROM events
          WHERE kind = 'expulsion' AND actor_country = 'US' AND occurred_on LIKE '2001-%'`,
    );
    expect(years).toContainEqual(
      expect.objectContaining({ year: 2001, actor: 'US', expelled: expected[0]!.expelled }),
    );
  });
});
