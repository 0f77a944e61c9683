/**
 * Stacks markers that would overlap: each position (0–1 across the axis, in order) goes in
 * the first lane whose previous marker is at least `minGap` away. With every lane taken, it
 * goes where the previous marker is farthest back, so the stack never grows past `maxLanes`.
 */
export function assignLanes(positions: number[], minGap: number, maxLanes = 4): number[] {
  const laneEnds: number[] = [];
  return positions.map((position) => {
    let lane = laneEnds.findIndex((end) => position - end >= minGap);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.length;
    if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = position;
    return lane;
  });
}
