import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from './dates';

describe('parsePartialDate', () => {
  it('reads each precision to the first day of its period', () => {
    expect(parsePartialDate('2018-03-26')).toEqual({ date: '2018-03-26', precision: 'day' });
    expect(parsePartialDate('1989-03')).toEqual({ date: '1989-03-01', precision: 'month' });
    expect(parsePartialDate('2016')).toEqual({ date: '2016-01-01', precision: 'year' });
  });

  it('rejects impossible and malformed dates', () => {
    for (const text of [
      '2018-02-30',
      '2019-02-29',
      '2018-13',
      '2018-00',
      '18',
      '2018/03/26',
      '',
      ' 2018',
    ]) {
      expect(parsePartialDate(text), text).toBeNull();
    }
    expect(parsePartialDate('2020-02-29')).not.toBeNull();
  });

  it('writes a date back at its precision', () => {
    for (const text of ['2018-03-26', '1989-03', '2016']) {
      expect(formatPartialDate(parsePartialDate(text)!)).toBe(text);
    }
  });
});
