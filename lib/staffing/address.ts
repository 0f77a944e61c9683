import { coverageScopes } from '../coverage/periods';
import type { HeadcountScope } from '../dataset/vocabulary';

// The staffing dashboard's address, `/staffing/<scope>/<from>-<to>|all/<series>` (and `/`
// for the default view): the one module that reads and writes it. Browser-safe and free of
// zod: the server validates what it reads in address-schema.ts.

/**
 * What the staffing dashboard shows: what is counted (one scope, or every count of staff
 * actually posted, each scope its own line — scopes are never mixed in a line), a range of
 * years, and which directions ("US-RU": US staff in Russia) are drawn. The view lives in
 * the URL path so that every view is a cacheable page and a shareable link.
 */
export type StaffingView = {
  scope: ViewScope;
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

/**
 * `all_scopes`: all staff, staff from the sending country and diplomats together, each its
 * own line and mark. The record is sparse, and no one scope holds figures for both
 * directions across the decades: together they show what the public record holds.
 */
export const viewScopes = ['all_scopes', ...chartScopes] as const;
export type ViewScope = (typeof viewScopes)[number];

/** The scopes a view draws. */
export function scopesOf(view: { scope: ViewScope }): readonly ChartScope[] {
  return view.scope === 'all_scopes' ? coverageScopes : [view.scope];
}

export const defaultView: StaffingView = {
  scope: 'all_scopes',
  from: null,
  to: null,
  series: 'all',
};

/** A view's path below its feature: `<scope>/<from>-<to>|all/<series>`. */
function viewSegments(view: StaffingView): string {
  const range =
    view.from === null && view.to === null ? 'all' : `${view.from ?? ''}-${view.to ?? ''}`;
  return `${view.scope}/${range}/${view.series}`;
}

/** `/staffing/<scope>/<from>-<to>|all/<series>`; the default view is `/`. */
export function viewPath(view: StaffingView): string {
  return isDefaultView(view) ? '/' : `/staffing/${viewSegments(view)}`;
}

/** The view as an embed for other sites: always its whole path, the default view too. */
export function embedPath(view: StaffingView): string {
  return `/embed/staffing/${viewSegments(view)}`;
}

/**
 * The view's chart with its title and source line, as a file: `png` is its preview image and
 * PNG download, `svg` the standalone SVG for publication.
 */
export function previewPath(view: StaffingView, format: 'png' | 'svg' = 'png'): string {
  return `/preview/staffing/${viewSegments(view)}.${format}`;
}

export function isDefaultView(view: StaffingView): boolean {
  return (
    view.scope === defaultView.scope &&
    view.from === null &&
    view.to === null &&
    view.series === defaultView.series
  );
}

/** The view as /api/staffing's query string. */
export function staffingSearch(view: StaffingView): string {
  const params = new URLSearchParams({ scope: view.scope, series: view.series });
  if (view.from !== null) params.set('from', String(view.from));
  if (view.to !== null) params.set('to', String(view.to));
  return params.toString();
}

export type ViewSegments = { scope: string; range: string; series: string };

/**
 * The parameters a view's path gives, as text, for address-schema.ts to validate: `all` is
 * no range, `2016-` a range open at its end; a range of another shape is `unreadRange`.
 */
export function readViewPath(segments: ViewSegments): {
  params: { scope: string; series: string; from?: string; to?: string };
  unreadRange: string | null;
} {
  const { scope, series, range } = segments;
  if (range === 'all') return { params: { scope, series }, unreadRange: null };
  const [, from = '', to = ''] = /^(\d*)-(\d*)$/.exec(range) ?? [];
  return {
    params: { scope, series, from: from || undefined, to: to || undefined },
    unreadRange: /^\d*-\d*$/.test(range) ? null : range,
  };
}

/** Presets of the range control. `since` is inclusive. */
export const rangePresets = [
  { label: 'All', since: null },
  { label: 'Since 2016', since: 2016 },
  { label: 'Since 2021', since: 2021 },
] as const;
