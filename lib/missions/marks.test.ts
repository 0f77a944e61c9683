import { describe, expect, it } from 'vitest';
import { markRadius, spreadMarks } from './marks';

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
