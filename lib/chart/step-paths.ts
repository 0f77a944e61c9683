import type { ChartRow } from '../staffing/series';

/** A point of a plot in a 1000 × 1000 box: x from the left, y from the top. */
type Scale = { x: (t: number) => number; y: (value: number) => number };

/**
 * A series as step lines, as Recharts draws `stepAfter`: each value holds from its row to the
 * next and the line breaks where there is none. `low` and `high` are the two edges of the
 * spread where sources disagree (the same line where they agree); `bands` the spreads.
 */
export function stepPaths(
  rows: ChartRow[],
  key: string,
  { x, y }: Scale,
): { low: string; high: string; bands: { x: number; width: number; y: number; height: number }[] } {
  const low: string[] = [];
  const high: string[] = [];
  const bands: { x: number; width: number; y: number; height: number }[] = [];
  let drawing = false;
  rows.forEach((row, i) => {
    const value = row[key];
    const next = rows[i + 1];
    if (!Array.isArray(value) || !next) {
      drawing = false;
      return;
    }
    const [from, to] = [x(row.t), x(next.t)];
    for (const [path, v] of [
      [low, value[0]],
      [high, value[1]],
    ] as const) {
      path.push(drawing ? `V${round(y(v))}` : `M${round(from)} ${round(y(v))}`, `H${round(to)}`);
    }
    if (value[1] > value[0]) {
      bands.push({ x: from, width: to - from, y: y(value[1]), height: y(value[0]) - y(value[1]) });
    }
    drawing = true;
  });
  return { low: low.join(''), high: high.join(''), bands };
}

const round = (n: number) => Math.round(n * 10) / 10;
