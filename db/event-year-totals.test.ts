import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetFiles, importFiles } from './dataset-files';
import { events } from './schema';
import { createTestDatabase } from './testing';

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
  expect(importFiles(testDb.db, datasetFiles()).ok).toBe(true);
});
afterEach(() => testDb.dispose());

/** The per-year totals as the triggers kept them, and as a full recount gives them. */
function keptAndRecounted() {
  const kept = testDb.db.all(
    sql`SELECT year, actor_country, kind, events, people, facilities_closed FROM event_year_totals ORDER BY 1, 2, 3`,
  );
  const recounted = testDb.db.all(
    sql`SELECT CAST(substr(occurred_on, 1, 4) AS INTEGER) AS year, actor_country, kind, count(*) AS events,
          coalesce(sum(people_affected), 0) AS people, coalesce(sum(facilities_closed), 0) AS facilities_closed
        FROM events GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  return { kept, recounted };
}

const search = (text: string) =>
  testDb.db.all<{ id: string }>(
    sql`SELECT e.id FROM events e WHERE e.rowid IN (SELECT rowid FROM events_search WHERE events_search MATCH ${`"${text}"`}) ORDER BY e.id`,
  );

describe('event_year_totals and events_search', () => {
  it('match the events after an import', () => {
    const { kept, recounted } = keptAndRecounted();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(recounted);
  });

  it('follow an event that moves year, changes kind, or is deleted', () => {
    // An event no other event answers, so that it can be deleted.
    const id = '2013-05-14-ru-expels-fogle';
    testDb.db
      .update(events)
      .set({ occurredOn: '2019-01-01', kind: 'staff_reduction', summary: 'Moved to Zanzibar.' })
      .where(sql`id = ${id}`)
      .run();
    expect(keptAndRecounted().kept).toEqual(keptAndRecounted().recounted);
    expect(search('zanzibar').map((r) => r.id)).toEqual([id]);

    testDb.db
      .delete(events)
      .where(sql`id = ${id}`)
      .run();
    const { kept, recounted } = keptAndRecounted();
    expect(kept).toEqual(recounted);
    expect(search('zanzibar')).toEqual([]);
  });

  it('finds text inside words, in any case, as LIKE would', () => {
    const viaIndex = search('consulat').map((r) => r.id);
    const viaScan = testDb.db
      .all<{ id: string }>(
        sql`SELECT id FROM events WHERE summary LIKE '%consulat%' OR facilities LIKE '%consulat%' OR reason LIKE '%consulat%' ORDER BY id`,
      )
      .map((r) => r.id);
    expect(viaIndex.length).toBeGreaterThan(3);
    expect(viaIndex).toEqual(viaScan);
  });
});
