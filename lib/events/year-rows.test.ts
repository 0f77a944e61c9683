import { describe, expect, it } from 'vitest';
import { yearRows } from './year-rows';

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

describe('year rows at their edges', () => {
  it('has no rows without years', () => {
    expect(yearRows([])).toEqual({ rows: [], actors: [] });
  });
});
