import { describe, expect, it } from 'vitest';
import { nearestYears } from './NoEventsFound';

const years = [1994, 1999, 2001].map((year) => ({ year, actor: 'US', events: 1, expelled: 1 }));

describe('nearestYears', () => {
  it('offers the closest year with events on each side', () => {
    expect(nearestYears(1995, years)).toEqual([1994, 1999]);
    expect(nearestYears(1980, years)).toEqual([1994]);
    expect(nearestYears(2030, years)).toEqual([2001]);
  });
});
