import { describe, expect, it } from 'vitest';
import { defaultView, staffingQuery, viewFromPath, viewPath } from './view';

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
