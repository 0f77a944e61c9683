import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countries, events, headcounts, sources } from './schema';
import { createTestDatabase } from './testing';

let testDb: ReturnType<typeof createTestDatabase>;

const event = {
  id: '2018-03-26-us-expels-60',
  occurredOn: '2018-03-26',
  datePrecision: 'day',
  actorCountry: 'US',
  targetCountry: 'RU',
  kind: 'expulsion',
  peopleAffected: 60,
  summary: '60 expelled.',
} as const;

const observation = {
  id: 'obs-1',
  observedOn: '2021-10-01',
  datePrecision: 'month',
  sendingCountry: 'US',
  hostCountry: 'RU',
  count: 120,
  scope: 'total_staff',
  coverage: 'country',
  sourceId: 'src',
} as const;

beforeEach(() => {
  testDb = createTestDatabase();
  testDb.db
    .insert(countries)
    .values([
      { code: 'US', name: 'United States', adjective: 'US', shortName: 'the US' },
      { code: 'RU', name: 'Russia', adjective: 'Russian', shortName: 'Russia' },
    ])
    .run();
  testDb.db.insert(sources).values({ id: 'src', title: 'T', publisher: 'P' }).run();
});
afterEach(() => testDb.dispose());

const insertEvent = (changes: Record<string, unknown>) =>
  testDb.db
    .insert(events)
    .values({ ...event, ...changes } as typeof events.$inferInsert)
    .run();
const insertObservation = (changes: Record<string, unknown>) =>
  testDb.db
    .insert(headcounts)
    .values({ ...observation, ...changes } as typeof headcounts.$inferInsert)
    .run();

describe('database constraints', () => {
  it('accepts a valid event and observation', () => {
    expect(() => insertEvent({})).not.toThrow();
    expect(() => insertObservation({})).not.toThrow();
  });

  it.each([
    ['an unknown kind', { kind: 'invasion' }, /CHECK constraint failed: events_kind/],
    ['a negative count', { peopleAffected: -1 }, /events_people_not_negative/],
    ['an impossible date', { occurredOn: '2018-02-30' }, /events_date/],
    ['a day under month precision', { datePrecision: 'month' }, /events_date/],
    ['the same actor and target', { targetCountry: 'US' }, /events_two_countries/],
    [
      'an unknown country',
      { actorCountry: 'FR', targetCountry: 'RU' },
      /FOREIGN KEY constraint failed/,
    ],
    ['an id that is not a slug', { id: 'Bad Id' }, /events_id_is_slug/],
  ])('rejects an event with %s', (_, changes, error) => {
    expect(() => insertEvent(changes)).toThrow(error);
  });

  it.each([
    ['a negative count', { count: -5 }, /headcounts_count_not_negative/],
    ['an unknown scope', { scope: 'spies' }, /headcounts_scope/],
    ['an unknown coverage', { coverage: 'moon' }, /headcounts_coverage/],
    ['an unknown source', { sourceId: 'nope' }, /FOREIGN KEY constraint failed/],
  ])('rejects an observation with %s', (_, changes, error) => {
    expect(() => insertObservation(changes)).toThrow(error);
  });
});
