import { describe, expect, it } from 'vitest';
import {
  dayBefore,
  defaultMissionsView,
  firstDay,
  isShownDay,
  missionsHref,
  missionsViewPath,
  readMissionsAddress,
  readMissionsViewPath,
} from './address';
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

describe('the missions address in proxy.ts', () => {
  const today = '2026-11-27';

  it('reads a clean address as the page does, and sends any other to the page', () => {
    for (const search of [
      '',
      'on=2016-12-01',
      'sort=opened&dir=desc',
      'on=2016-12-01&sort=state',
      'on=2016-12-01&fbclid=x',
      'on=2018-02-30',
      'on=2016-12',
      'on=1899-12-31',
      'sort=size',
      'dir=up',
      'on=2016-12-01&on=2017-01-01',
    ]) {
      const params = new URLSearchParams(search);
      const checked = checkMissionsAddress(Object.fromEntries(params));
      const read = readMissionsAddress(params, today);
      const repeated = [...params.keys()].length !== new Set(params.keys()).size;
      if (checked.problems.length || repeated) expect(read, search).toBeNull();
      else expect(read, search).toEqual(checked.view);
    }
  });

  it('refuses a day after today, which the page reports', () => {
    expect(readMissionsAddress(new URLSearchParams('on=2026-11-28'), today)).toBeNull();
  });

  it('writes one path per view and day, and reads it back', () => {
    const view = { on: '2016-12-01', sort: 'opened', dir: 'desc' } as const;
    const path = missionsViewPath(view, today);
    expect(path).toBe('/missions/view/2016-12-01~2026-11-27~opened~desc');
    expect(readMissionsViewPath(path.split('/').at(-1)!)).toEqual({ view, today });
    const now = missionsViewPath(defaultMissionsView, today);
    expect(readMissionsViewPath(now.split('/').at(-1)!)).toEqual({
      view: defaultMissionsView,
      today,
    });
    for (const segment of [
      'junk',
      '%E0',
      'now~2026-11-27~size~asc',
      '2026-12-01~2026-11-27~name~asc',
    ]) {
      expect(readMissionsViewPath(segment), segment).toBeNull();
    }
  });
});

describe('the missions address at its edges', () => {
  const today = '2026-11-27';

  it('shows the first day and today, and nothing either side', () => {
    expect(isShownDay(firstDay, today)).toBe(true);
    expect(isShownDay(today, today)).toBe(true);
    expect(isShownDay('1899-12-31', today)).toBe(false);
    expect(isShownDay('2026-11-28', today)).toBe(false);
    expect(checkMissionsAddress({ on: firstDay }).problems).toEqual([]);
    const now = new Date().toISOString().slice(0, 10);
    expect(checkMissionsAddress({ on: now }).problems).toEqual([]);
  });

  it('writes a sort whenever it or its direction is not the default', () => {
    expect(missionsHref({ on: null, sort: 'name', dir: 'desc' })).toBe(
      '/missions?sort=name&dir=desc',
    );
    expect(missionsHref({ on: null, sort: 'city', dir: 'asc' })).toBe(
      '/missions?sort=city&dir=asc',
    );
  });

  it('reads a repeated parameter as a fault, on the page and in proxy.ts', () => {
    for (const name of ['on', 'sort', 'dir']) {
      const params = new URLSearchParams(`${name}=a&${name}=b`);
      expect(readMissionsAddress(params, today), name).toBeNull();
    }
    expect(checkMissionsAddress({ on: ['2016-12-01', '2017-01-01'] }).problems).toEqual([
      { parameter: 'on', message: 'expected a day as YYYY-MM-DD, such as 2016-12-01' },
    ]);
  });

  it('reads a view path only whole: four parts, a real today, a known sort and direction', () => {
    for (const segment of [
      'now~2026-11-27~name~asc~more',
      'now~yesterday~name~asc',
      'now~2026-11-27~name~up',
      'now~2026-11-27~name',
    ]) {
      expect(readMissionsViewPath(segment), segment).toBeNull();
    }
  });

  it('gives the day before, across months, leap days and years', () => {
    expect(dayBefore('2018-03-31')).toBe('2018-03-30');
    expect(dayBefore('2016-03-01')).toBe('2016-02-29');
    expect(dayBefore('2018-01-01')).toBe('2017-12-31');
  });
});
