import { describe, expect, it } from 'vitest';
import { inCoverageGoal, periodLabel, periodOf, periodsBetween } from './periods';

describe('five-year periods', () => {
  it('sets the goal from 1985–89 to 2020–24, both included', () => {
    expect([1980, 1985, 2020, 2025].map(inCoverageGoal)).toEqual([false, true, true, false]);
  });

  it('names a period by its first year and the last two digits of its last', () => {
    expect(periodLabel(1995)).toBe('1995–99');
    expect(periodLabel(2000)).toBe('2000–04');
  });

  it('lists the periods from the one holding the first year to the one holding the last', () => {
    expect(periodOf(1999)).toBe(1995);
    expect(periodOf(2000)).toBe(2000);
    expect(periodsBetween(1983, 2001)).toEqual([1980, 1985, 1990, 1995, 2000]);
    expect(periodsBetween(2003, 2003)).toEqual([2000]);
  });
});
