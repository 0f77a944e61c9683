import type { EventYear } from './types';

export type YearRow = { year: number } & Record<string, number>;

/**
 * One row per year from the first to the last with events, with the diplomats each actor
 * expelled (0 where none), so that quiet years show as gaps rather than vanish.
 */
export function yearRows(years: EventYear[]): { rows: YearRow[]; actors: string[] } {
  const actors = [...new Set(years.map((y) => y.actor))].sort();
  if (!years.length) return { rows: [], actors };
  const first = Math.min(...years.map((y) => y.year));
  const last = Math.max(...years.map((y) => y.year));
  const rows: YearRow[] = [];
  for (let year = first; year <= last; year++) {
    const row: YearRow = { year } as YearRow;
    for (const actor of actors)
      row[actor] = years.find((y) => y.year === year && y.actor === actor)?.expelled ?? 0;
    rows.push(row);
  }
  return { rows, actors };
}

/**
 * Round gridline values from 0 up to the first that covers `max`, about `target` steps
 * apart (steps of 1, 2 or 5 × 10ⁿ), so that the bars are read against round numbers.
 */
export function countTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0];
  const rough = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? magnitude * 10;
  const ticks = [0];
  while (ticks.at(-1)! < max) ticks.push(ticks.at(-1)! + Math.max(1, step));
  return ticks;
}
