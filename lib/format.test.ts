import { describe, expect, it } from 'vitest';
import { formatDataDate, formatDate, formatHeadcount } from './format';

describe('formatDate', () => {
  it('shows a date only as precisely as it is known', () => {
    expect(formatDate('2018-03-26', 'day')).toBe('26 March 2018');
    expect(formatDate('1989-03-01', 'month')).toBe('March 1989');
    expect(formatDate('2016-01-01', 'year')).toBe('2016');
  });
});

describe('formatHeadcount', () => {
  it('keeps the qualifier the source used', () => {
    expect(formatHeadcount(1210, 'exact', false)).toBe('1,210');
    expect(formatHeadcount(120, 'exact', true)).toBe('about 120');
    expect(formatHeadcount(1000, 'over', false)).toBe('over 1,000');
    expect(formatHeadcount(200, 'under', false)).toBe('under 200');
  });
});

describe('formatDataDate', () => {
  it('says the day the data last changed, or that it is not known', () => {
    expect(formatDataDate(new Date('2026-11-27T09:15:00Z'))).toBe('27 November 2026');
    expect(formatDataDate(null)).toBe('an unknown date');
  });
});
