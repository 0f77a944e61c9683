import { heldUntil } from './hold';
import type { RecordGap, StaffingSeries } from './types';

/** Shorter stretches without a figure (the months before a range's first one) are not gaps. */
const minimumGapMs = 365 * 24 * 3600 * 1000;

/**
 * Where each direction has no figure in force, of any scope drawn: a figure holds until the
 * next one or for the hold period, whichever is first. Such a stretch is shown and named
 * ("no public figure 1992–2000") instead of left blank, which a reader could take for zero.
 */
export function findGaps(series: StaffingSeries[], [from, to]: [number, number]): RecordGap[] {
  const directions = [...new Set(series.map((s) => s.direction))];
  return directions.flatMap((direction) => {
    const held = series
      .filter((s) => s.direction === direction)
      .flatMap((s) => s.steps.map((step) => [step.t, heldUntil(step.t)] as const))
      .sort((a, b) => a[0] - b[0]);
    const gaps: RecordGap[] = [];
    let coveredUntil = from;
    for (const [start, end] of held) {
      if (start - coveredUntil >= minimumGapMs)
        gaps.push({ direction, from: coveredUntil, to: start });
      coveredUntil = Math.max(coveredUntil, end);
    }
    if (to - coveredUntil >= minimumGapMs) gaps.push({ direction, from: coveredUntil, to });
    return gaps;
  });
}

/** "1992–2000", or "1994" when the gap lies within one year. */
export function gapYears(gap: RecordGap): string {
  const first = new Date(gap.from).getUTCFullYear();
  const last = new Date(gap.to).getUTCFullYear();
  return first === last ? String(first) : `${first}–${last}`;
}
