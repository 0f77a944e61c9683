import { describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '../testing';
import { describeRecord } from './records';

seededAppDatabaseForFile();

describe('a record named for readers', () => {
  it.each([
    ['events', '2013-05-14-ru-expels-fogle', /^14 May 2013: .*Fogle/],
    [
      'headcounts',
      '2023-06-28-us-ru-total-staff-lavrov',
      /^28 June 2023: US staff in RU, total staff.*: .*120/,
    ],
    ['facilities', 'us-embassy-moscow', /^.*Embassy.* \(Moscow\)$/],
    ['sources', 'wikipedia-us-embassy-moscow', /^“Embassy of the United States, Moscow” — /],
  ] as const)('%s %s', (entity, id, expected) => {
    expect(describeRecord({ entity, id })).toMatch(expected);
  });

  it.each(['events', 'headcounts', 'facilities', 'sources'] as const)(
    'is null for a %s that does not exist',
    (entity) => {
      expect(describeRecord({ entity, id: 'no-such-record' })).toBeNull();
    },
  );
});
