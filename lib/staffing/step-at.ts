import { heldUntil } from './hold';
import type { SeriesStep, StaffingSeries } from './types';

/** The step in force at time t: the last one at or before it, unless it has expired. */
export function stepAt(series: StaffingSeries, t: number): SeriesStep | undefined {
  let found: SeriesStep | undefined;
  for (const step of series.steps) {
    if (step.t > t) break;
    found = step;
  }
  return found && t <= heldUntil(found.t) ? found : undefined;
}
