import { describe, expect, it } from 'vitest';
import { countTicks, yearRows } from './year-rows';

describe('yearRows', () => {
  it('fills quiet years with zeros, one column per acting country', () => {
    const { rows, actors } = yearRows([
      { year: 2016, actor: 'US', events: 3, expelled: 37 },
      { year: 2018, actor: 'RU', events: 2, expelled: 60 },
      { year: 2018, actor: 'US', events: 2, expelled: 60 },
    ]);
    expect(actors).toEqual(['RU', 'US']);
    expect(rows).toEqual([
      { year: 2016, RU: 0, US: 37 },
      { year: 2017, RU: 0, US: 0 },
      { year: 2018, RU: 60, US: 60 },
    ]);
  });

  it('has nothing to draw without data', () => {
    expect(yearRows([])).toEqual({ rows: [], actors: [] });
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

describe('year rows and ticks at their edges', () => {
  it('has no rows without years', () => {
    expect(yearRows([])).toEqual({ rows: [], actors: [] });
  });

  it('has one gridline at 0 when nothing was expelled', () => {
    expect(countTicks(0)).toEqual([0]);
  });

  it('steps by exactly the rough step when it is round', () => {
    expect(countTicks(8, 4)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(40, 4)).toEqual([0, 10, 20, 30, 40]);
    expect(countTicks(9, 4)).toEqual([0, 5, 10]);
  });
});
