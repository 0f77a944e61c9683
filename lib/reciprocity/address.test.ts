import { describe, expect, it } from 'vitest';
import {
  defaultReadmit,
  readReciprocityAddress,
  readReciprocityViewPath,
  reciprocityHref,
  reciprocityViewPath,
} from './address';

const kinds = ['expulsion', 'staff_cap'];

describe('the reciprocity address', () => {
  it('reads years, a kind and N, and writes them back in one order', () => {
    const { view, problems } = readReciprocityAddress(
      { readmit: '250', kind: 'staff_cap', to: '2018', from: '2016' },
      kinds,
    );
    expect(problems).toEqual([]);
    expect(reciprocityHref(view)).toBe('/reciprocity?from=2016&to=2018&kind=staff_cap&readmit=250');
    expect(
      reciprocityHref({ ...view, from: null, to: null, kind: null, readmit: defaultReadmit }),
    ).toBe('/reciprocity');
  });

  it('takes an empty form field as not given', () => {
    expect(readReciprocityAddress({ from: '', to: '', kind: '', readmit: '' }, kinds)).toEqual({
      view: { from: null, to: null, kind: null, readmit: defaultReadmit },
      problems: [],
    });
  });

  it('reports each bad parameter and leaves it out', () => {
    const { view, problems } = readReciprocityAddress(
      { from: '20x6', kind: 'invasion', readmit: '-5' },
      kinds,
    );
    expect(view).toEqual({ from: null, to: null, kind: null, readmit: defaultReadmit });
    expect(problems).toEqual([
      'from: expected a year such as 2016',
      'kind: expected one of: expulsion, staff_cap',
      'readmit: expected a whole number from 0 to 2000',
    ]);
  });

  it('drops a range that runs backwards, and reads a repeated parameter as one bad value', () => {
    expect(readReciprocityAddress({ from: '2018', to: '2016' }, kinds)).toEqual({
      view: { from: null, to: null, kind: null, readmit: defaultReadmit },
      problems: ['from: expected from to be no later than to'],
    });
    expect(readReciprocityAddress({ from: ['2016', '2017'] }, kinds).problems).toEqual([
      'from: expected a year such as 2016',
    ]);
  });
});

describe('the reciprocity view path', () => {
  it('writes one path per view and day, and reads it back', () => {
    const view = { from: 2016, to: 2018, kind: 'expulsion', readmit: 250 };
    const path = reciprocityViewPath(view, '2026-11-27');
    expect(path).toBe('/reciprocity/view/2016~2018~expulsion~250~2026-11-27');
    expect(readReciprocityViewPath(path.split('/').at(-1)!, kinds)).toEqual({
      view,
      today: '2026-11-27',
    });
    const all = { from: null, to: null, kind: null, readmit: defaultReadmit };
    const segment = reciprocityViewPath(all, '2026-11-27').split('/').at(-1)!;
    expect(segment).toBe('all~all~all~100~2026-11-27');
    expect(readReciprocityViewPath(segment, kinds)).toEqual({ view: all, today: '2026-11-27' });
  });

  it('reads only a whole, clean segment', () => {
    for (const segment of [
      'all~all~all~100',
      'all~all~all~100~2026-11-27~x',
      'all~all~all~all~2026-11-27',
      '2018~2016~all~100~2026-11-27',
      'all~all~invasion~100~2026-11-27',
      'all~all~all~100~yesterday',
    ]) {
      expect(readReciprocityViewPath(segment, kinds), segment).toBeNull();
    }
  });
});
