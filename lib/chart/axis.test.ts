import { describe, expect, it } from 'vitest';
import { yearEnd, yearStart } from './time';
import { countTicks, fractionOf, valueAxis, yearTicks } from './axis';

describe('valueAxis', () => {
  it('rounds the top of the axis up to an even step', () => {
    expect(valueAxis(1279)).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
    expect(valueAxis(455)).toEqual({ max: 500, ticks: [0, 100, 200, 300, 400, 500] });
    expect(valueAxis(220)).toEqual({ max: 250, ticks: [0, 50, 100, 150, 200, 250] });
    expect(valueAxis(0).max).toBeGreaterThan(0);
  });
});

describe('fractionOf', () => {
  it('places a time across its domain', () => {
    expect(fractionOf(15, [10, 20])).toBe(0.5);
    expect(fractionOf(10, [10, 10])).toBe(0);
  });
});

describe('valueAxis at its edges', () => {
  it('has an axis of 0–10 when there is nothing to draw', () => {
    expect(valueAxis(0)).toEqual({ max: 10, ticks: [0, 5, 10] });
  });

  it('takes five steps when the value falls exactly on the fifth', () => {
    expect(valueAxis(500)).toEqual({ max: 500, ticks: [0, 100, 200, 300, 400, 500] });
  });
});

describe('countTicks', () => {
  it('steps by 1, 2 or 5 × 10ⁿ up to the first value that covers the maximum', () => {
    expect(countTicks(60)).toEqual([0, 20, 40, 60]);
    expect(countTicks(61)).toEqual([0, 20, 40, 60, 80]);
    expect(countTicks(755)).toEqual([0, 200, 400, 600, 800]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it('has a single zero line when nothing was expelled', () => {
    expect(countTicks(0)).toEqual([0]);
  });
});

describe('countTicks at its edges', () => {
  it('has one gridline at 0 when nothing was expelled', () => {
    expect(countTicks(0)).toEqual([0]);
  });

  it('steps by exactly the rough step when it is round', () => {
    expect(countTicks(8, 4)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(40, 4)).toEqual([0, 10, 20, 30, 40]);
    expect(countTicks(9, 4)).toEqual([0, 5, 10]);
  });
});

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
