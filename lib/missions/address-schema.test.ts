import { describe, expect, it } from 'vitest';
import { defaultMissionsView, missionsHref } from './address';
import { checkMissionsAddress } from './address-schema';

describe('the missions address', () => {
  it('reads a day and a sort, and writes them back in one order', () => {
    const { view, problems } = checkMissionsAddress({
      dir: 'desc',
      on: '2016-12-01',
      sort: 'opened',
    });
    expect(problems).toEqual([]);
    expect(missionsHref(view)).toBe('/missions?on=2016-12-01&sort=opened&dir=desc');
    expect(missionsHref(defaultMissionsView)).toBe('/missions');
  });

  it('reports each bad parameter and keeps the rest', () => {
    const { view, problems } = checkMissionsAddress({
      on: '2018-02-30',
      sort: 'size',
      dir: 'desc',
      utm_source: 'x',
    });
    expect(view).toEqual({ on: null, sort: 'name', dir: 'desc' });
    expect(problems).toEqual([
      { parameter: 'on', message: 'expected a real day, such as 2016-12-01' },
      {
        parameter: 'sort',
        message: 'expected one of: name, city, kind, opened, closed, state',
      },
    ]);
  });

  it('refuses a day in the future, before 1900, or not written as YYYY-MM-DD', () => {
    for (const on of ['2999-01-01', '1899-12-31', '1 Dec 2016', '2016-12']) {
      expect(checkMissionsAddress({ on }).problems).toHaveLength(1);
    }
  });
});
