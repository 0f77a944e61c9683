import { yearStart } from './series';

/** Year ticks for a time axis: about `target` of them, on round years. */
export function yearTicks([from, to]: [number, number], target = 8): number[] {
  const first = new Date(from).getUTCFullYear();
  const last = new Date(to).getUTCFullYear();
  const span = Math.max(1, last - first);
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= target) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const t = yearStart(year);
    if (t >= from && t <= to) ticks.push(t);
  }
  return ticks;
}
