import { describe, expect, it } from 'vitest';
import { assignLanes } from './lanes';

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
