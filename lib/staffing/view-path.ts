import { coverageScopes } from '../coverage/periods';
import type { HeadcountScope } from '../dataset/vocabulary';

// Views and their addresses, without the validation (view.ts), so that client code that
// only builds links does not bundle zod.

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

/** Presets of the range control. `since` is inclusive. */
export const rangePresets = [
  { label: 'All', since: null },
  { label: 'Since 2016', since: 2016 },
  { label: 'Since 2021', since: 2021 },
] as const;
