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
