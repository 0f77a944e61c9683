import { describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '../testing';
import { searchRecords, type DeskQuery } from './desk';

seededAppDatabaseForFile();
const query = (q: Partial<DeskQuery>): DeskQuery => ({
  text: '',
  entity: null,
  country: null,
  from: null,
  to: null,
  ...q,
});

describe('the editor’s desk search', () => {
  it('finds records of every kind by a word or their id', () => {
    const hits = searchRecords(query({ text: 'Fogle' }));
    expect(hits.map((h) => `${h.entity}:${h.id}`)).toContain('events:2013-05-14-ru-expels-fogle');
    expect(searchRecords(query({ text: 'us-embassy-moscow' })).map((h) => h.entity)).toContain(
      'facilities',
    );
  });

  it('keeps to one kind, a country on either side and a period (which posts and sources have not)', () => {
    const hits = searchRecords(
      query({ entity: 'events', country: 'RU', from: '2018-03-01', to: '2018-03-31\uffff' }),
    );
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.entity).toBe('events');
      expect(hit.date! >= '2018-03-01' && hit.date! <= '2018-03-31').toBe(true);
    }
    const dated = searchRecords(query({ from: '2017', to: '2017\uffff' }));
    expect(new Set(dated.map((h) => h.entity))).toEqual(new Set(['events', 'headcounts']));
  });

  it('takes LIKE’s wildcards in the text literally', () => {
    // A wildcard would match every event; taken literally, only the two with a % sign.
    const percent = searchRecords(query({ text: '%', entity: 'events' }));
    expect(percent.length).toBeLessThanOrEqual(2);
    expect(searchRecords(query({ text: '_', entity: 'events' }))).toEqual([]);
  });

  it('labels each kind of record for the editor', () => {
    const label = (entity: DeskQuery['entity'], text: string) =>
      searchRecords(query({ entity, text }))[0];
    expect(label('headcounts', '2023-06-28-us-ru-total-staff-lavrov')).toMatchObject({
      date: '2023-06-28',
      label: expect.stringMatching(/^US staff in RU, total staff.*: .*120/),
    });
    expect(label('facilities', 'us-embassy-moscow')?.label).toMatch(/ \(Moscow\)$/);
    expect(label('sources', 'wikipedia-us-embassy-moscow')?.label).toBe(
      '“Embassy of the United States, Moscow” — Wikipedia',
    );
  });

  it('leaves sources out of a country search, and posts and sources out of a dated one', () => {
    const kinds = (q: Partial<DeskQuery>) => new Set(searchRecords(query(q)).map((h) => h.entity));
    expect(kinds({ country: 'US' })).toEqual(new Set(['events', 'headcounts', 'facilities']));
    expect(kinds({ from: '1990' })).toEqual(new Set(['events', 'headcounts']));
    expect(kinds({ to: '1990' })).toEqual(new Set(['events', 'headcounts']));
  });
});
