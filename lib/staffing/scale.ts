/** A round upper bound for a value axis, and its ticks: 0 … max in 4–6 even steps. */
export function valueAxis(maxValue: number): { max: number; ticks: number[] } {
  if (maxValue <= 0) return { max: 10, ticks: [0, 5, 10] };
  const magnitude = 10 ** Math.floor(Math.log10(maxValue));
  const step = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10]
    .map((f) => f * magnitude)
    .find((s) => maxValue / s <= 5)!;
  const max = Math.ceil(maxValue / step) * step;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => Math.round(i * step));
  return { max, ticks };
}

/** Where a time falls across a domain, from 0 (start) to 1 (end). */
export function fractionOf(t: number, [from, to]: [number, number]): number {
  return to === from ? 0 : (t - from) / (to - from);
}
