import { timeOf } from '../chart/time';
import type { HeadcountScope } from '../dataset/vocabulary';
import { heldUntil } from './hold';
import { stepAt } from './step-at';
import type { Direction, Observation, SeriesStep, StaffingSeries } from './types';

/** A series per direction and scope, directions first: "US-RU:total_staff". */
function seriesOf(directions: Direction[], scopes: readonly HeadcountScope[]) {
  return directions.flatMap((d) =>
    scopes.map((scope) => ({
      key: `${d.key}:${scope}`,
      direction: d.key,
      sending: d.sending,
      host: d.host,
      scope,
      label: d.label,
    })),
  );
}

type SeriesKey = { sending: string; host: string; scope: HeadcountScope };
const inSeries = (series: SeriesKey) => (row: SeriesKey) =>
  row.sending === series.sending && row.host === series.host && row.scope === series.scope;

/**
 * Turns observations into step series, one per direction and scope: a value holds until
 * the next observation of the same scope. Figures for the same date are kept together with
 * their spread (low–high), never averaged. Only steps inside [from, to] are kept, except
 * that the last step before `from` is carried in to `from` (if still in force), so a line
 * starts at the value then.
 */
export function shapeSeries(
  observations: Observation[],
  directions: Direction[],
  scopes: readonly HeadcountScope[],
  [from, to]: [number, number],
): StaffingSeries[] {
  return seriesOf(directions, scopes).map((series) => {
    const steps = toSteps(observations.filter(inSeries(series)));
    return { ...series, steps: clipSteps(steps, from, to) };
  });
}

function toSteps(observations: Observation[]): SeriesStep[] {
  const byDate = new Map<string, Observation[]>();
  for (const o of [...observations].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  )) {
    const group = byDate.get(o.date);
    if (group) group.push(o);
    else byDate.set(o.date, [o]);
  }
  return [...byDate.entries()].map(([date, group]) => {
    const counts = group.map((o) => o.count);
    return {
      t: timeOf(date),
      date,
      precision: coarsestPrecision(group),
      low: Math.min(...counts),
      high: Math.max(...counts),
      figureCount: group.length,
      observations: group,
      heldFrom: null,
    };
  });
}

/** The figures of one direction and scope on one date, counted and spread, none listed. */
export type FigureSummary = {
  sending: string;
  host: string;
  scope: HeadcountScope;
  date: string;
  low: number;
  high: number;
  figures: number;
};

/**
 * Step series from per-date summaries, for ranges with more figures than can be listed:
 * a step per month with figures, spread from the month's lowest figure to its highest.
 */
export function shapeSummarySeries(
  summaries: FigureSummary[],
  directions: Direction[],
  scopes: readonly HeadcountScope[],
  [from, to]: [number, number],
): StaffingSeries[] {
  return seriesOf(directions, scopes).map((series) => {
    const byMonth = new Map<string, SeriesStep>();
    for (const day of summaries.filter(inSeries(series))) {
      const date = `${day.date.slice(0, 7)}-01`;
      const step = byMonth.get(date);
      if (step) {
        step.low = Math.min(step.low, day.low);
        step.high = Math.max(step.high, day.high);
        step.figureCount += day.figures;
      } else {
        byMonth.set(date, {
          t: timeOf(date),
          date,
          precision: 'month',
          low: day.low,
          high: day.high,
          figureCount: day.figures,
          observations: [],
          heldFrom: null,
        });
      }
    }
    const steps = [...byMonth.values()].sort((a, b) => a.t - b.t);
    return { ...series, steps: clipSteps(steps, from, to) };
  });
}

function coarsestPrecision(group: Observation[]): SeriesStep['precision'] {
  const order = ['day', 'month', 'year'] as const;
  return order[Math.max(...group.map((o) => order.indexOf(o.precision)))] ?? 'day';
}

export function clipSteps(steps: SeriesStep[], from: number, to: number): SeriesStep[] {
  const inside = steps.filter((s) => s.t >= from && s.t <= to);
  const before = steps.filter((s) => s.t < from).at(-1);
  if (!before || inside[0]?.t === from || from > heldUntil(before.t)) return inside;
  return [{ ...before, t: from, heldFrom: before.date }, ...inside];
}

/**
 * Rows for a Recharts chart with one number axis of time: a row wherever any series
 * changes, starts, or stops holding its last value, and one at the end of the domain. Each
 * series is a [low, high] pair (equal unless sources disagree) or null where nothing is in
 * force, so the step lines break instead of bridging gaps.
 */
export type ChartRow = { t: number } & Record<string, number | [number, number] | null>;

export function toChartRows(series: StaffingSeries[], [, to]: [number, number]): ChartRow[] {
  const times = new Set<number>([to]);
  for (const s of series) {
    s.steps.forEach((step, i) => {
      times.add(step.t);
      const expires = heldUntil(step.t);
      const next = s.steps[i + 1];
      if (expires < to && (!next || next.t > expires)) times.add(expires);
    });
  }
  return [...times]
    .sort((a, b) => a - b)
    .map((t) => {
      const row: ChartRow = { t };
      for (const s of series) {
        const step = stepAt(s, t);
        row[s.key] = step ? [step.low, step.high] : null;
      }
      return row;
    });
}
