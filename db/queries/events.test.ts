import { describe, expect, it } from 'vitest';
import { noFilters, type EventFilters } from '@/lib/events/address';
import { seededAppDatabaseForFile } from '../testing';
import { eventPageQuery, getEventsPage } from './events';
import { sql } from 'drizzle-orm';

const app = seededAppDatabaseForFile();

/** SQLite's plan for the page query, one line per step. */
function planOf(filters: Partial<EventFilters>, cursor = false): string {
  const query = eventPageQuery({
    filters: { ...noFilters, ...filters },
    cursor: cursor ? { occurredOn: '2018-03-26', id: '2018-03-26-us-expels-60' } : null,
    limit: 50,
  }).toSQL();
  const rows = app.db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as {
    detail: string;
  }[];
  return rows.map((r) => r.detail).join('\n');
}

describe('the events page query', () => {
  it.each([
    ['a year', { year: 2018 }, 'events_chronology'],
    ['a year, after a cursor', { year: 2018 }, 'events_chronology', true],
    ['an acting country and a year', { actor: 'US', year: 2018 }, 'events_actor_chronology'],
    ['a kind', { kinds: ['expulsion' as const] }, 'events_kind_chronology'],
  ])(
    'finds %s through an index, in index order, without sorting',
    (_, filters, index, cursor = false) => {
      const plan = planOf(filters, cursor);
      expect(plan).toMatch(new RegExp(`SEARCH events USING (COVERING )?INDEX ${index}`));
      expect(plan).not.toMatch(/SCAN events(?! USING)/);
      if (index === 'events_chronology') expect(plan).not.toContain('TEMP B-TREE');
    },
  );
});

describe('text search', () => {
  it('uses the trigram index from three characters, and scans below that', () => {
    expect(planOf({ q: 'Sea' })).toMatch(/events_search/);
    expect(planOf({ q: 'Se' })).not.toMatch(/events_search/);
  });
});

describe('the post filter', () => {
  it('lists exactly the events linked to the post, and totals them', () => {
    const filters = { ...noFilters, post: 'us-consulate-vladivostok' };
    const listed = getEventsPage({ filters, cursor: null, limit: 50 });
    const linked = app.db.all<{ id: string }>(
      sql`SELECT event_id AS id FROM event_facilities WHERE facility_id = 'us-consulate-vladivostok'`,
    );
    expect(listed.events.map((e) => e.id).sort()).toEqual(linked.map((r) => r.id).sort());
    expect(listed.totals?.events).toBe(linked.length);
    expect(linked.length).toBeGreaterThan(1);
  });
});
