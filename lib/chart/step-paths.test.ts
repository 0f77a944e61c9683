import { describe, expect, it } from 'vitest';
import { stepPaths } from './step-paths';

// x: t as is; y: 1000 − value, as in a 1000-tall box.
const scale = { x: (t: number) => t, y: (v: number) => 1000 - v };

describe('stepPaths', () => {
  it('holds each value to the next row and steps there, as stepAfter does', () => {
    const rows = [
      { t: 0, a: [100, 100] as [number, number] },
      { t: 10, a: [300, 300] as [number, number] },
      { t: 20, a: [300, 300] as [number, number] },
    ];
    expect(stepPaths(rows, 'a', scale)).toEqual({
      low: 'M0 900H10V700H20',
      high: 'M0 900H10V700H20',
      bands: [],
    });
  });

  it('breaks the line where the series has no value, and starts again after', () => {
    const rows = [
      { t: 0, a: [100, 100] as [number, number] },
      { t: 10, a: null },
      { t: 20, a: [200, 200] as [number, number] },
      { t: 30, a: null },
    ];
    expect(stepPaths(rows, 'a', scale).high).toBe('M0 900H10M20 800H30');
  });

  it('draws both edges where sources disagree, and the band between them', () => {
    const rows = [
      { t: 0, a: [1000, 1210] as [number, number] },
      { t: 40, a: [455, 455] as [number, number] },
    ];
    expect(stepPaths(rows, 'a', scale)).toEqual({
      low: 'M0 0H40',
      high: 'M0 -210H40',
      bands: [{ x: 0, width: 40, y: -210, height: 210 }],
    });
  });

  it('draws nothing for a series without values, or with only the last row', () => {
    expect(stepPaths([{ t: 0, a: null }], 'a', scale)).toEqual({ low: '', high: '', bands: [] });
    expect(stepPaths([{ t: 0, a: [5, 5] as [number, number] }], 'a', scale).high).toBe('');
  });
});
