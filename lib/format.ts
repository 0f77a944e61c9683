import type {
  DatePrecision,
  EventKind,
  HeadcountBound,
  HeadcountCoverage,
  HeadcountScope,
  SupportLevel,
} from './dataset/vocabulary';
import type { ViewScope } from './staffing/address';

const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const wholeNumber = new Intl.NumberFormat('en-US');

/** When the data last changed, as the source lines of charts and images say it. */
export function formatDataDate(changedAt: Date | null): string {
  return changedAt ? formatDate(changedAt.toISOString().slice(0, 10), 'day') : 'an unknown date';
}

/** An instant (an ISO timestamp) to the minute, in UTC: "27 November 2026, 15:40 UTC". */
export function formatTimestamp(iso: string): string {
  return `${formatDate(iso.slice(0, 10), 'day')}, ${iso.slice(11, 16)} UTC`;
}

/** A date as precisely as it is known: "26 March 2018", "March 1989" or "2016". */
export function formatDate(date: string, precision: DatePrecision): string {
  if (precision === 'year') return date.slice(0, 4);
  const instant = new Date(`${date}T00:00:00Z`);
  return (precision === 'month' ? monthYear : dayMonthYear).format(instant);
}

export function formatNumber(value: number): string {
  return wholeNumber.format(value);
}

/** A headcount as the source gave it: "1,210", "about 120", "over 1,000", "under 200". */
export function formatHeadcount(count: number, bound: HeadcountBound, isEstimate: boolean): string {
  const number = formatNumber(count);
  if (bound === 'over') return `over ${number}`;
  if (bound === 'under') return `under ${number}`;
  return isEstimate ? `about ${number}` : number;
}

/** Which posts a figure covers, as a reader would say it. */
export const coverageLabels: Record<HeadcountCoverage, string> = {
  country: 'every post in the country',
  embassy: 'the embassy',
  consulates: 'the consulates',
  un_mission: 'the mission to the UN',
};

export const scopeLabels: Record<HeadcountScope, string> = {
  diplomats: 'diplomats',
  nationals: 'staff from the sending country',
  total_staff: 'total staff incl. local hires',
  local_staff: 'local staff',
  ceiling: 'ceiling (cap)',
  other: 'other count',
};

/** What a view of the chart counts, as its controls and captions name it. */
export const viewScopeLabels: Record<ViewScope, string> = {
  all_scopes: 'all staff counts, each scope its own line',
  total_staff: scopeLabels.total_staff,
  nationals: scopeLabels.nationals,
  diplomats: scopeLabels.diplomats,
  ceiling: scopeLabels.ceiling,
};

export const eventKindLabels: Record<EventKind, string> = {
  expulsion: 'Expulsion',
  facility_closure: 'Facility closure',
  staff_cap: 'Staff cap',
  staff_reduction: 'Staff reduction',
  hiring_restriction: 'Hiring restriction',
  visa_restriction: 'Visa restriction',
  talks: 'Talks',
  reopening: 'Reopening',
  other: 'Other',
};

/**
 * How a row on thin support is flagged wherever it appears: "one source", and why. A
 * corroborated row carries no flag.
 */
export const supportLabels: Record<SupportLevel, string | null> = {
  corroborated: null,
  single_source: 'one source',
  one_side_only: 'one source: one side’s officials only',
  article_only: 'one source: the article itself',
};
