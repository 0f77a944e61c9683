import { describe, expect, it } from 'vitest';
import { assignLanes, placeLabels, type LabelBox } from './lanes';

describe('assignLanes', () => {
  it('stacks markers that are too close and reuses lanes once there is room', () => {
    expect(assignLanes([0, 0, 0.005, 0.5, 0.5, 0.9], 0.01)).toEqual([0, 1, 2, 0, 1, 0]);
    expect(assignLanes([], 0.01)).toEqual([]);
  });

  it('never uses more than the maximum number of lanes', () => {
    expect(assignLanes([0, 0.001, 0.002, 0.003, 0.004], 0.01, 3)).toEqual([0, 1, 2, 0, 1]);
  });
});

describe('assignLanes at its edge', () => {
  it('shares a lane with a marker exactly the minimum gap away, not one nearer', () => {
    expect(assignLanes([0, 0.25], 0.25)).toEqual([0, 0]);
    expect(assignLanes([0, 0.24], 0.25)).toEqual([0, 1]);
  });
});

function overlaps(labels: LabelBox[], placed: { left: number; lane: number }[]) {
  return placed.some((a, i) =>
    placed.some(
      (b, j) =>
        i < j &&
        a.lane === b.lane &&
        a.left < b.left + labels[j]!.width &&
        b.left < a.left + labels[i]!.width,
    ),
  );
}

describe('placeLabels', () => {
  it('keeps labels that fit side by side in one lane, centred on their points', () => {
    const labels = [
      { at: 100, width: 80 },
      { at: 300, width: 80 },
    ];
    expect(placeLabels(labels, 400)).toEqual([
      { left: 60, lane: 0 },
      { left: 260, lane: 0 },
    ]);
  });

  it('moves a label that would overlap to the next lane, and keeps every label inside', () => {
    const labels = [
      { at: 5, width: 120 },
      { at: 60, width: 120 },
      { at: 290, width: 120 },
      { at: 300, width: 120 },
    ];
    const placed = placeLabels(labels, 300);
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 0, 1]);
    expect(placed.every((p, i) => p.left >= 0 && p.left + labels[i]!.width <= 300)).toBe(true);
    expect(overlaps(labels, placed)).toBe(false);
  });

  it('never overlaps, however crowded, at phone and desktop widths', () => {
    const labels = Array.from({ length: 10 }, (_, i) => ({ at: 20 + i * 25, width: 60 + i * 7 }));
    for (const width of [300, 1300])
      expect(overlaps(labels, placeLabels(labels, width))).toBe(false);
  });
});

describe('placeLabels, in any order', () => {
  it('places labels given out of order as it would in order, each keeping its own place', () => {
    const labels: LabelBox[] = [
      { at: 300, width: 40 },
      { at: 100, width: 40 },
      { at: 110, width: 40 },
    ];
    expect(placeLabels(labels, 400, 8)).toEqual([
      { left: 280, lane: 0 },
      { left: 80, lane: 0 },
      { left: 90, lane: 1 },
    ]);
  });

  it('shares a lane with a label that ends exactly the gap before it', () => {
    const labels: LabelBox[] = [
      { at: 20, width: 40 },
      { at: 68, width: 40 },
    ];
    expect(placeLabels(labels, 400, 8).map((p) => p.lane)).toEqual([0, 0]);
    expect(placeLabels([labels[0]!, { at: 67, width: 40 }], 400, 8).map((p) => p.lane)).toEqual([
      0, 1,
    ]);
  });
});
