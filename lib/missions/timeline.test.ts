import { describe, expect, it } from 'vitest';
import { decadeTicks, positionOf } from './timeline';

describe('the timeline axis', () => {
  it('places a date by its share of the span, to a hundredth of a percent', () => {
    expect(positionOf('1930-01-01', 1930, 2030)).toBe(0);
    expect(positionOf('2030-01-01', 1930, 2030)).toBe(100);
    expect(positionOf('1980-01-01', 1930, 2030)).toBe(50);
    expect(positionOf('2018-03-31', 2018, 2019)).toBe(24.38);
  });

  it('keeps dates outside the span at its edges', () => {
    expect(positionOf('1900-06-01', 1930, 2030)).toBe(0);
    expect(positionOf('2099-01-01', 1930, 2030)).toBe(100);
  });

  it('ticks each decade inside the span, the end year excluded', () => {
    expect(decadeTicks(1930, 2027)).toEqual([
      1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020,
    ]);
    expect(decadeTicks(1935, 1960)).toEqual([1940, 1950]);
  });
});
