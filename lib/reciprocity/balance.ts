import { countTicks, fractionOf, yearTicks } from '../chart/axis';
import { timeOf } from '../chart/time';

export type BalanceRow = { on: string; actor: string; expelled: number; postsClosed: number };
export type BalanceMetric = 'expelled' | 'postsClosed';

/** Each side's running total on `day`: the last step at or before it, 0 before the first. */
export function totalsOn(
  rows: readonly BalanceRow[],
  day: string,
  metric: BalanceMetric,
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (row.on > day) break;
    totals.set(row.actor, row[metric]);
  }
  return totals;
}

export type BalancePlot = {
  width: number;
  height: number;
  /** One step line per acting country: flat until a measure, then up. */
  lines: { actor: string; d: string }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
};

/**
 * A running total per side as step lines on a time axis from `from` to `to` (ISO days),
 * plotted in a width × height box with room for the axes' labels (left and bottom).
 */
export function balancePlot(
  rows: readonly BalanceRow[],
  metric: BalanceMetric,
  [from, to]: [string, string],
  { width, height }: { width: number; height: number },
): BalancePlot {
  const left = 36;
  const bottom = 20;
  const domain: [number, number] = [timeOf(from), timeOf(to)];
  const ticks = countTicks(Math.max(0, ...rows.map((row) => row[metric])));
  const top = ticks.at(-1)!;
  const x = (day: string) =>
    Number((left + fractionOf(timeOf(day), domain) * (width - left)).toFixed(1));
  const y = (value: number) =>
    Number((height - bottom - (top ? value / top : 0) * (height - bottom - 4)).toFixed(1));
  const actors = [...new Set(rows.map((row) => row.actor))].sort();
  const lines = actors.map((actor) => {
    let d = `M${x(from)} ${y(0)}`;
    for (const row of rows.filter((r) => r.actor === actor)) {
      d += `H${x(row.on)}V${y(row[metric])}`;
    }
    return { actor, d: `${d}H${x(to)}` };
  });
  return {
    width,
    height,
    lines,
    xTicks: yearTicks(domain, 7).map((t) => {
      const year = new Date(t).getUTCFullYear();
      return { x: x(`${year}-01-01`), label: String(year) };
    }),
    yTicks: ticks.map((value) => ({ y: y(value), label: String(value) })),
  };
}
