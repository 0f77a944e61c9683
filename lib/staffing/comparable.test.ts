import { describe, expect, it } from 'vitest';
import { findComparablePair, withinMonths } from './comparable';

/** A lookup over fixed dates, as the database answers it. */
function lookup(dates: { a: string[]; b: string[] }) {
  return (side: 'a' | 'b', until: string | null) =>
    dates[side]
      .filter((d) => until === null || d <= until)
      .sort()
      .at(-1) ?? null;
}

describe('the like-with-like rule', () => {
  it('pairs figures at most 12 months apart, either way round', () => {
    expect(withinMonths('2021-10-29', '2021-10-04')).toBe(true);
    expect(withinMonths('2020-10-04', '2021-10-04')).toBe(true);
    expect(withinMonths('2020-10-03', '2021-10-04')).toBe(false);
  });

  it('takes the latest figures when they are close enough', () => {
    expect(
      findComparablePair(lookup({ a: ['2017-07-01', '2021-08-27'], b: ['2021-10-29'] })),
    ).toEqual({
      a: '2021-08-27',
      b: '2021-10-29',
    });
  });

  it('steps the newer side back to meet the older one', () => {
    const pair = findComparablePair(
      lookup({ a: ['2001-03-01', '2021-10-29', '2025-03-01'], b: ['1985-06-01', '2021-10-04'] }),
    );
    expect(pair).toEqual({ a: '2021-10-29', b: '2021-10-04' });
  });

  it('finds no pair when the two sides never come within the window', () => {
    expect(
      findComparablePair(lookup({ a: ['2017-07-01'], b: ['2013-09-01', '2021-10-29'] })),
    ).toBeNull();
    expect(findComparablePair(lookup({ a: [], b: ['2021-10-29'] }))).toBeNull();
  });
});

describe('the like-with-like rule at its edges', () => {
  it('pairs two figures of the same day', () => {
    expect(withinMonths('2021-10-04', '2021-10-04')).toBe(true);
    expect(findComparablePair(lookup({ a: ['2021-10-04'], b: ['2021-10-04'] }))).toEqual({
      a: '2021-10-04',
      b: '2021-10-04',
    });
  });

  it('steps back the side whose figure is newer, when the other is the older', () => {
    expect(
      findComparablePair(lookup({ a: ['2010-01-01'], b: ['2009-06-01', '2015-01-01'] })),
    ).toEqual({ a: '2010-01-01', b: '2009-06-01' });
  });
});
