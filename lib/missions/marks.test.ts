import { describe, expect, it } from 'vitest';
import { markRadius, shapePath, spreadMarks } from './marks';
import { subpaths } from './testing';

describe('spreadMarks', () => {
  it('leaves a mark alone where it is, with its anchor on itself', () => {
    expect(spreadMarks([{ id: 'a', x: 10, y: 20 }])).toEqual([
      { id: 'a', x: 10, y: 20, anchorX: 10, anchorY: 20 },
    ]);
  });

  it('spreads marks of one city at least two radii apart, anchored at their true place', () => {
    const moscow = ['embassy', 'dacha', 'warehouse', 'centre', 'spaso'].map((id) => ({
      id,
      x: 100,
      y: 100,
    }));
    const placed = spreadMarks([...moscow, { id: 'leningrad', x: 60, y: 40 }]);
    const spread = placed.filter((m) => m.id !== 'leningrad');
    for (const a of spread) {
      expect([a.anchorX, a.anchorY]).toEqual([100, 100]);
      for (const b of spread) {
        if (a !== b)
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * markRadius);
      }
    }
    expect(placed.find((m) => m.id === 'leningrad')).toMatchObject({ x: 60, y: 40 });
  });

  it('places the same marks in the same places every time', () => {
    const marks = [
      { id: 'a', x: 50, y: 50 },
      { id: 'b', x: 52, y: 51 },
    ];
    expect(spreadMarks(marks)).toEqual(spreadMarks(marks));
  });
});

describe('shapePath', () => {
  const corners = (shape: Parameters<typeof shapePath>[0]) => subpaths(shapePath(shape, 50, 40, 5));

  it('draws a square, a diamond and a triangle around their centre', () => {
    expect(corners('square')).toEqual([
      [
        [45, 35],
        [55, 35],
        [55, 45],
        [45, 45],
      ],
    ]);
    expect(corners('diamond')).toEqual([
      [
        [50, 33.5],
        [56.5, 40],
        [50, 46.5],
        [43.5, 40],
      ],
    ]);
    expect(corners('triangle')).toEqual([
      [
        [50, 34],
        [56, 45],
        [44, 45],
      ],
    ]);
  });

  it('draws circles and rings as two arcs of the radius from the left edge', () => {
    for (const shape of ['circle', 'ring'] as const) {
      expect(shapePath(shape, 50, 40, 5)).toBe('M45 40a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z');
    }
  });

  it('rounds the centre to a tenth of a pixel and sizes the mark by markRadius', () => {
    expect(markRadius).toBe(7);
    expect(shapePath('square', 10.04, 20.06)).toBe('M3 13.1h14v14h-14Z');
  });
});
