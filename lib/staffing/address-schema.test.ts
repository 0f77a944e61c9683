import { describe, expect, it } from 'vitest';
import { defaultView, viewPath } from './address';
import { staffingQuery, viewFromPath } from './address-schema';

describe('view addresses', () => {
  it('round-trips a view through its path', () => {
    const view = { scope: 'diplomats', from: 2016, to: null, series: 'RU-US' } as const;
    expect(viewPath(view)).toBe('/staffing/diplomats/2016-/RU-US');
    expect(viewFromPath({ scope: 'diplomats', range: '2016-', series: 'RU-US' })).toEqual({
      view,
      problems: [],
    });
    expect(viewPath(defaultView)).toBe('/');
    expect(viewFromPath({ scope: 'all_scopes', range: 'all', series: 'all' }).view).toEqual(
      defaultView,
    );
    expect(viewPath({ ...defaultView, scope: 'total_staff' })).toBe(
      '/staffing/total_staff/all/all',
    );
  });

  it('reports bad segments and falls back to defaults for them only', () => {
    const { view, problems } = viewFromPath({ scope: 'spies', range: '2016-2021', series: 'all' });
    expect(view).toEqual({ ...defaultView, from: 2016, to: 2021 });
    expect(problems).toEqual([
      'scope "spies": expected one of: all_scopes, total_staff, nationals, diplomats, ceiling',
    ]);
    expect(viewFromPath({ scope: 'diplomats', range: 'abc', series: 'all' })).toMatchObject({
      view: { scope: 'diplomats', from: null, to: null },
      problems: ['range "abc": expected all, or years such as 2016-2025'],
    });
    expect(
      viewFromPath({ scope: 'diplomats', range: '2021-2016', series: 'all' }).problems,
    ).toEqual(['from "2021": expected from to be no later than to']);
  });
});

describe('staffingQuery', () => {
  it('names each bad parameter', () => {
    const result = staffingQuery.safeParse({ from: 'abc', to: '99999', scope: 'all' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(['from', 'scope', 'to']);
  });
});

describe('viewFromPath, at its edges', () => {
  const read = (range: string, scope = 'diplomats', series = 'all') =>
    viewFromPath({ scope, range, series });

  it('reads a range of one year, and open ranges on either side', () => {
    expect(read('2016-2016').view).toMatchObject({ from: 2016, to: 2016 });
    expect(read('-1991').view).toMatchObject({ from: null, to: 1991 });
    expect(read('-').view).toMatchObject({ from: null, to: null });
    expect(read('2016-2016').problems).toEqual([]);
  });

  it('refuses a range with anything around the years, and keeps the rest of the view', () => {
    for (const range of ['x2016-2020', '2016-2020x', 'al', 'All']) {
      const { view, problems } = read(range, 'nationals', 'US-RU');
      expect(view, range).toEqual({ scope: 'nationals', from: null, to: null, series: 'US-RU' });
      expect(problems, range).toEqual([
        `range "${range}": expected all, or years such as 2016-2025`,
      ]);
    }
  });

  it('drops a backwards range whole, keeping the scope and direction', () => {
    expect(read('2021-2016', 'nationals', 'US-RU').view).toEqual({
      scope: 'nationals',
      from: null,
      to: null,
      series: 'US-RU',
    });
  });

  it('keeps a good end of the range when the other end is bad, and names the bad one', () => {
    expect(read('2016-3000')).toEqual({
      view: { scope: 'diplomats', from: 2016, to: null, series: 'all' },
      problems: ['to "3000": expected a year up to 2100'],
    });
  });

  it('names a bad direction and draws every direction instead', () => {
    expect(read('all', 'diplomats', 'us-ru')).toEqual({
      view: { scope: 'diplomats', from: null, to: null, series: 'all' },
      problems: ['series "us-ru": expected all, or a direction such as US-RU'],
    });
  });
});

describe('viewPath', () => {
  it('writes an open range with the open end left empty, and a full range as all', () => {
    expect(viewPath({ ...defaultView, to: 1991 })).toBe('/staffing/all_scopes/-1991/all');
    expect(viewPath({ ...defaultView, from: 2016 })).toBe('/staffing/all_scopes/2016-/all');
    expect(viewPath({ ...defaultView, from: 2016, to: 2021 })).toBe(
      '/staffing/all_scopes/2016-2021/all',
    );
    expect(viewPath({ ...defaultView, series: 'US-RU' })).toBe('/staffing/all_scopes/all/US-RU');
  });
});
