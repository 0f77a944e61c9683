import { describe, expect, it } from 'vitest';
import { findGaps, gapYears } from './gaps';
import { timeOf, yearEnd, yearStart } from '../chart/time';
import type { StaffingSeries } from './types';

function series(direction: string, scope: 'total_staff' | 'diplomats', dates: string[]) {
  return {
    key: `${direction}:${scope}`,
    direction,
    sending: direction.slice(0, 2),
    host: direction.slice(3),
    scope,
    label: direction,
    steps: dates.map((date) => ({
      t: timeOf(date),
      date,
      precision: 'day' as const,
      low: 1,
      high: 1,
      figureCount: 1,
      observations: [],
      heldFrom: null,
    })),
  } satisfies StaffingSeries;
}

const domain: [number, number] = [yearStart(1983), yearEnd(2025)];

describe('findGaps', () => {
  it('opens a gap where the last figure of every scope has expired, and closes it at the next', () => {
    const gaps = findGaps(
      [
        series('US-RU', 'total_staff', ['1983-10-01', '2013-09-01', '2017-07-01', '2021-10-28']),
        series('US-RU', 'diplomats', ['1985-06-01', '2001-06-01']),
      ],
      domain,
    );
    expect(gaps.map(gapYears)).toEqual(['1990–2001', '2006–2013']);
    expect(gaps[0]).toEqual({
      direction: 'US-RU',
      from: Date.UTC(1990, 5, 1),
      to: timeOf('2001-06-01'),
    });
  });

  it('names a stretch with no figure at the start or the end of the range', () => {
    const gaps = findGaps([series('RU-US', 'diplomats', ['2001-03-01'])], domain);
    expect(gaps.map(gapYears)).toEqual(['1983–2001', '2006–2025']);
  });

  it('ignores a short stretch, and keeps directions apart', () => {
    const gaps = findGaps(
      [series('US-RU', 'total_staff', ['1983-10-01']), series('RU-US', 'total_staff', [])],
      [yearStart(1983), yearEnd(1987)],
    );
    expect(gaps).toEqual([{ direction: 'RU-US', from: yearStart(1983), to: yearEnd(1987) }]);
  });
});

describe('findGaps at a year’s edge', () => {
  const year = 365 * 24 * 3600 * 1000;
  it('opens a gap of exactly a year, and none shorter', () => {
    // A figure holds five years: from 2000-01-01 to 2005-01-01; the next comes later.
    const s = (next: number) =>
      findGaps(
        [
          series('US-RU', 'total_staff', [
            '2000-01-01',
            new Date(timeOf('2005-01-01') + next).toISOString().slice(0, 10),
          ]),
        ],
        [timeOf('2000-01-01'), timeOf('2012-01-01')],
      ).filter((g) => g.from < timeOf('2008-01-01'));
    expect(s(year)).toHaveLength(1);
    expect(s(year - 86_400_000)).toEqual([]);
  });

  it('opens a gap at the end of the range only when a year or more is left uncovered', () => {
    const at = (to: number) =>
      findGaps([series('US-RU', 'total_staff', ['2000-01-01'])], [timeOf('2000-01-01'), to]);
    expect(at(timeOf('2005-01-01') + year)).toHaveLength(1);
    expect(at(timeOf('2005-01-01') + year - 86_400_000)).toEqual([]);
  });

  it('names a gap within one year by that year', () => {
    expect(
      gapYears({ direction: 'US-RU', from: timeOf('1994-02-01'), to: timeOf('1994-11-01') }),
    ).toBe('1994');
  });
});
