import { describe, expect, it } from 'vitest';
import { checkClaim, figureAgrees } from './check';

describe('figureAgrees', () => {
  it('reads each kind of claim', () => {
    expect(figureAgrees({ value: 100, bound: 'over' }, 256)).toBe(true);
    expect(figureAgrees({ value: 100, bound: 'over' }, 100)).toBe(false);
    expect(figureAgrees({ value: 200, bound: 'under' }, 184)).toBe(true);
    expect(figureAgrees({ value: 120, bound: 'about' }, 130)).toBe(true);
    expect(figureAgrees({ value: 120, bound: 'about' }, 150)).toBe(false);
    expect(figureAgrees({ value: 60, bound: 'exact' }, 60)).toBe(true);
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
