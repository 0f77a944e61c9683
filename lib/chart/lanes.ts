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

/** A label to place under an axis: where it points (px from the left) and how wide it is. */
export type LabelBox = { at: number; width: number };

export type PlacedLabel = { left: number; lane: number };

/**
 * Places labels of any width along an axis without overlap: each is centred on its point,
 * kept inside [0, width], and put in the first lane where it clears the labels already
 * there by `gap` pixels; lanes are added as needed, so no two labels ever overlap.
 */
export function placeLabels(labels: LabelBox[], width: number, gap = 8): PlacedLabel[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.at - labels[b]!.at);
  const laneEnds: number[] = [];
  const placed: PlacedLabel[] = new Array(labels.length);
  for (const i of order) {
    const label = labels[i]!;
    const left = Math.max(0, Math.min(label.at - label.width / 2, width - label.width));
    let lane = laneEnds.findIndex((end) => left >= end + gap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = left + label.width;
    placed[i] = { left, lane };
  }
  return placed;
}
