import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '@/lib/data-check/rules';
import { seededAppDatabaseForFile } from '../testing';
import { loadCheckSnapshot } from './data-check';
import { getDatasetSummary } from './dataset';
import { findRecord } from '../table-keys';
import { getEventForEditing, listSourceOptions } from './editor';

const app = seededAppDatabaseForFile();
const countOf = (table: string) =>
  app.db.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))!.n;

describe('what editors and the data checks read', () => {
  it('counts the dataset as SQL does', () => {
    expect(getDatasetSummary()).toEqual({
      events: countOf('events'),
      headcounts: countOf('headcounts'),
      sources: countOf('sources'),
    });
  });

  it('offers every source by title', () => {
    const expected = app.db.all<{ id: string; title: string }>(
      sql`SELECT id, title FROM sources ORDER BY title`,
    );
    expect(listSourceOptions()).toEqual(expected);
  });

  it('opens a figure and an event for editing, and nothing for an unknown id', () => {
    expect(findRecord(app.db, 'headcounts', '2013-09-us-ru-total-staff')).toMatchObject({
      count: 1279,
      scope: 'total_staff',
    });
    expect(findRecord(app.db, 'headcounts', 'nope')).toBeNull();
    const { event, sourceId } = getEventForEditing('2018-03-26-us-expels-60')!;
    expect(event.peopleAffected).toBe(60);
    const cited = app.db
      .all<{ s: string }>(
        sql`SELECT source_id AS s FROM event_sources WHERE event_id = '2018-03-26-us-expels-60'`,
      )
      .map((r) => r.s);
    expect(cited).toContain(sourceId);
    expect(getEventForEditing('nope')).toBeNull();
  });

  it('hands the data checks every row, each event with its number of sources', () => {
    const snapshot = loadCheckSnapshot();
    expect(snapshot.events).toHaveLength(countOf('events'));
    expect(snapshot.figures).toHaveLength(countOf('headcounts'));
    expect(snapshot.sources).toHaveLength(countOf('sources'));
    const sourcesPerEvent = app.db.all<{ id: string; n: number }>(
      sql`SELECT e.id, count(es.source_id) AS n FROM events e
          LEFT JOIN event_sources es ON es.event_id = e.id GROUP BY e.id ORDER BY e.occurred_on, e.id`,
    );
    expect(snapshot.events.map((e) => ({ id: e.id, n: e.sourceCount }))).toEqual(sourcesPerEvent);
    expect(snapshot.articleSourceIds).toEqual(
      app.db.all<{ id: string }>(sql`SELECT source_id AS id FROM articles`).map((r) => r.id),
    );
    // The dataset as shipped passes its own checks.
    expect(checkDataset(snapshot)).toEqual([]);
  });
});
