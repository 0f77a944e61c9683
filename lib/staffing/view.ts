import { z } from 'zod';
import type { HeadcountScope } from '../dataset/vocabulary';

/**
 * What the staffing dashboard shows: one scope (scopes are never mixed in a line), a range
 * of years, and which directions ("US-RU": US staff in Russia) are drawn. The view lives
 * in the URL path so that every view is a cacheable page and a shareable link.
 */
export type StaffingView = {
  scope: ChartScope;
  from: number | null;
  to: number | null;
  series: string;
};

/** The scopes the chart offers; local staff and "other" counts appear only in tables. */
export const chartScopes = [
  'total_staff',
  'nationals',
  'diplomats',
  'ceiling',
] as const satisfies readonly HeadcountScope[];
export type ChartScope = (typeof chartScopes)[number];

export const defaultView: StaffingView = {
  scope: 'total_staff',
  from: null,
  to: null,
  series: 'all',
};

export const firstYear = 1900;
export const lastYear = 2100;

const year = z.coerce
  .number({ error: 'expected a year such as 2016' })
  .int({ error: 'expected a whole year such as 2016' })
  .min(firstYear, { error: `expected a year from ${firstYear}` })
  .max(lastYear, { error: `expected a year up to ${lastYear}` });

const seriesKey = z
  .string()
  .regex(/^(all|[A-Z]{2}-[A-Z]{2})$/, { error: 'expected all, or a direction such as US-RU' });

/** The query parameters of /api/staffing and of /staffing?…, validated. */
export const staffingQuery = z
  .object({
    scope: z
      .enum(chartScopes, { error: `expected one of: ${chartScopes.join(', ')}` })
      .default('total_staff'),
    from: year.optional(),
    to: year.optional(),
    series: seriesKey.default('all'),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['from'],
    error: 'expected from to be no later than to',
  })
  .transform((q): StaffingView => ({
    scope: q.scope,
    from: q.from ?? null,
    to: q.to ?? null,
    series: q.series,
  }));

/** `/staffing/<scope>/<from>-<to>|all/<series>`; the default view is `/`. */
export function viewPath(view: StaffingView): string {
  if (isDefaultView(view)) return '/';
  const range =
    view.from === null && view.to === null ? 'all' : `${view.from ?? ''}-${view.to ?? ''}`;
  return `/staffing/${view.scope}/${range}/${view.series}`;
}

export function isDefaultView(view: StaffingView): boolean {
  return (
    view.scope === defaultView.scope &&
    view.from === null &&
    view.to === null &&
    view.series === defaultView.series
  );
}

export type ViewFromPath = { view: StaffingView; problems: string[] };

/**
 * Reads the path segments back. A bad segment never fails the page: it is reported to the
 * reader and replaced by its default.
 */
export function viewFromPath(segments: {
  scope: string;
  range: string;
  series: string;
}): ViewFromPath {
  const [, from = '', to = ''] = /^(\d*)-(\d*)$/.exec(segments.range) ?? [];
  const isAll = segments.range === 'all';
  const candidate = {
    scope: segments.scope,
    series: segments.series,
    ...(isAll ? {} : { from: from || undefined, to: to || undefined }),
  };
  const problems: string[] = [];
  if (!isAll && !/^\d*-\d*$/.test(segments.range)) {
    problems.push(`range "${segments.range}": expected all, or years such as 2016-2025`);
  }
  const parsed = staffingQuery.safeParse(candidate);
  if (parsed.success) return { view: parsed.data, problems };

  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]);
    problems.push(
      `${field} "${String(candidate[field as keyof typeof candidate] ?? '')}": ${issue.message}`,
    );
  }
  const repaired = staffingQuery.safeParse(
    Object.fromEntries(
      Object.entries(candidate).filter(
        ([key]) => !bad.has(key) && !(bad.has('from') && key === 'to'),
      ),
    ),
  );
  return { view: repaired.success ? repaired.data : defaultView, problems };
}

/** Presets of the range control. `since` is inclusive. */
export const rangePresets = [
  { label: 'All', since: null },
  { label: 'Since 2016', since: 2016 },
  { label: 'Since 2021', since: 2021 },
] as const;
