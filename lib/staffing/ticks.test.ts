import { describe, expect, it } from 'vitest';
import { yearEnd, yearStart } from './series';
import { yearTicks } from './ticks';

const years = (range: [number, number], target?: number) =>
  yearTicks(range, target).map((t) => new Date(t).getUTCFullYear());

describe('yearTicks', () => {
  it.each([
    [1983, 2025, [1990, 2000, 2010, 2020]],
    [2016, 2025, [2016, 2018, 2020, 2022, 2024]],
    [2020, 2025, [2020, 2021, 2022, 2023, 2024, 2025]],
    [1986, 1992, [1986, 1987, 1988, 1989, 1990, 1991, 1992]],
    [2001, 2040, [2005, 2010, 2015, 2020, 2025, 2030, 2035, 2040]],
  ])('puts round years from %i to %i: %j', (from, to, expected) => {
    expect(years([yearStart(from), yearEnd(to)])).toEqual(expected);
  });

  it('keeps every tick inside the range, even one that starts after 1 January', () => {
    const from = Date.UTC(2016, 5, 1);
    const ticks = yearTicks([from, yearEnd(2020)]);
    expect(ticks.map((t) => new Date(t).getUTCFullYear())).toEqual([2017, 2018, 2019, 2020]);
    expect(ticks.every((t) => t >= from)).toBe(true);
  });

  it('gives a range within one year its one tick', () => {
    expect(years([yearStart(2018), yearEnd(2018)])).toEqual([2018]);
  });

  it('takes fewer ticks when asked for fewer', () => {
    expect(years([yearStart(1900), yearEnd(2025)], 3)).toEqual([1900, 1950, 2000]);
    expect(years([yearStart(1000), yearEnd(2025)], 8)).toEqual([
      1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000,
    ]);
  });
});

describe('yearTicks at its edges', () => {
  it('takes the smaller step when the span divides into exactly the target', () => {
    expect(years([yearStart(2000), yearEnd(2016)])).toEqual([
      2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016,
    ]);
  });

  it('keeps a tick on the last instant of the range', () => {
    expect(years([yearStart(2016), yearStart(2020)])).toEqual([2016, 2017, 2018, 2019, 2020]);
  });
});
