import { describe, expect, it } from 'vitest';
import type { ClaimBound } from '../dataset/vocabulary';
import { describeAggregate, parseAggregate } from './aggregates';
import { checkClaim, figureAgrees, sortFigures } from './check';

describe('figureAgrees', () => {
  it('reads each kind of claim', () => {
    expect(figureAgrees({ value: 100, bound: 'over' }, 256)).toBe(true);
    expect(figureAgrees({ value: 100, bound: 'over' }, 100)).toBe(false);
    expect(figureAgrees({ value: 200, bound: 'under' }, 184)).toBe(true);
    expect(figureAgrees({ value: 120, bound: 'about' }, 130)).toBe(true);
    expect(figureAgrees({ value: 120, bound: 'about' }, 150)).toBe(false);
    expect(figureAgrees({ value: 60, bound: 'exact' }, 60)).toBe(true);
  });

  // Each bound at its edge: the claim's own value, and one either side.
  const edges: [ClaimBound, number, [number, boolean][]][] = [
    [
      'over',
      100,
      [
        [99, false],
        [100, false],
        [101, true],
      ],
    ],
    [
      'under',
      100,
      [
        [99, true],
        [100, false],
        [101, false],
      ],
    ],
    [
      'exact',
      60,
      [
        [59, false],
        [60, true],
        [61, false],
      ],
    ],
    // "about 1,000" holds from 850 to 1,150: 15 % either way.
    [
      'about',
      1000,
      [
        [849, false],
        [850, true],
        [1000, true],
        [1150, true],
        [1151, false],
      ],
    ],
  ];
  it.each(edges)('reads "%s %i" at its edges', (bound, value, cases) => {
    for (const [figure, agrees] of cases)
      expect(figureAgrees({ value, bound }, figure), `${bound} ${value} vs ${figure}`).toBe(agrees);
  });
});

describe('checkClaim', () => {
  it('weighs every independent figure', () => {
    expect(checkClaim({ value: 120, bound: 'about' }, [120, 123, 130])).toBe('agrees');
    expect(checkClaim({ value: 120, bound: 'about' }, [120, 150])).toBe('mixed');
    expect(checkClaim({ value: 1200, bound: 'over' }, [1000])).toBe('disagrees');
    expect(checkClaim({ value: 220, bound: 'about' }, [])).toBe('unchecked');
  });
});

describe('parseAggregate', () => {
  it('reads a country and an optional first year', () => {
    expect(parseAggregate('expelled_by:US')).toEqual({
      kind: 'expelled_by',
      country: 'US',
      since: null,
    });
    expect(parseAggregate('expelled_by:US:since=1992')).toMatchObject({ since: 1992 });
    expect(parseAggregate('expelled_by:US:since=92')).toBeNull();
    expect(parseAggregate('expelled_by:us')).toBeNull();
  });
});

describe('sortFigures', () => {
  const figure = (id: string, scope: 'diplomats' | 'total_staff', source = 'reuters') => ({
    id,
    scope,
    source: { id: source },
  });
  const figures = [
    figure('staff-2021', 'total_staff'),
    figure('diplomats-2021', 'diplomats'),
    figure('article', 'total_staff', 'the-article'),
  ];

  it('compares a claim only with independent figures of its own scope', () => {
    const sorted = sortFigures(figures, { scope: 'total_staff', articleSourceId: 'the-article' });
    expect(sorted.compared.map((f) => f.id)).toEqual(['staff-2021']);
    expect(sorted.countedDifferently.map((f) => f.id)).toEqual(['diplomats-2021']);
    expect(sorted.ownFigures.map((f) => f.id)).toEqual(['article']);
  });

  it('compares with every independent figure when the claim names no scope', () => {
    const sorted = sortFigures(figures, { scope: null, articleSourceId: 'the-article' });
    expect(sorted.compared.map((f) => f.id)).toEqual(['staff-2021', 'diplomats-2021']);
    expect(sorted.countedDifferently).toEqual([]);
  });
});

describe('describeAggregate', () => {
  it('says what is summed, and from when', () => {
    expect(describeAggregate({ kind: 'expelled_by', country: 'US', since: null })).toBe(
      'Diplomats expelled by US, summed over its expulsion events in the data',
    );
    expect(describeAggregate({ kind: 'expelled_by', country: 'US', since: 1992 })).toBe(
      'Diplomats expelled by US from 1992, summed over its expulsion events in the data',
    );
  });
});
