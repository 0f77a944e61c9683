import { yearStart } from './time';

/**
 * The smallest round step at least `rough`: m × 10ⁿ with m one of `multiples` (each from 1
 * up to 10), so that an axis is read against round numbers.
 */
export function niceStep(rough: number, multiples: readonly number[]): number {
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  return [...multiples, 10].map((m) => m * magnitude).find((step) => step >= rough)!;
}

/** A round upper bound for a value axis, and its ticks: 0 … max in 4–6 even steps. */
export function valueAxis(maxValue: number): { max: number; ticks: number[] } {
  if (maxValue <= 0) return { max: 10, ticks: [0, 5, 10] };
  const step = niceStep(maxValue / 5, [1, 2, 2.5, 5]);
  const max = Math.ceil(maxValue / step) * step;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => Math.round(i * step));
  return { max, ticks };
}

/**
 * Gridlines for whole counts, from 0 up to the first that covers `max`, about `target`
 * steps apart (steps of 1, 2 or 5 × 10ⁿ, never below 1).
 */
export function countTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0];
  const step = Math.max(1, niceStep(max / target, [1, 2, 5]));
  const ticks = [0];
  while (ticks.at(-1)! < max) ticks.push(ticks.at(-1)! + step);
  return ticks;
}

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

/** Where a time falls across a domain, from 0 (start) to 1 (end). */
export function fractionOf(t: number, [from, to]: [number, number]): number {
  return to === from ? 0 : (t - from) / (to - from);
}
