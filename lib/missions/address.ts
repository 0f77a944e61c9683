import { parsePartialDate } from '../dataset/dates';

/**
 * The missions address: `/missions?on=2016-12-01&sort=opened&dir=desc` (the map, timeline
 * and table as they stood on a day, the table sorted) and `/missions/<id>` (one post).
 * Browser-safe and free of zod, so that proxy.ts can read it; address-schema.ts validates
 * the same parameters with messages for the page and the API.
 */

export const missionSorts = ['name', 'city', 'kind', 'opened', 'closed', 'state'] as const;
export type MissionSort = (typeof missionSorts)[number];
export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];

export type MissionsView = {
  /** The day shown (YYYY-MM-DD); null is today. */
  on: string | null;
  sort: MissionSort;
  dir: SortDirection;
};

export const defaultMissionsView: MissionsView = { on: null, sort: 'name', dir: 'asc' };

/** The parameters that differ from the default, always in one order, so one view has one address. */
function missionsSearch(view: MissionsView): string {
  const params = new URLSearchParams();
  if (view.on) params.set('on', view.on);
  if (view.sort !== defaultMissionsView.sort || view.dir !== defaultMissionsView.dir) {
    params.set('sort', view.sort);
    params.set('dir', view.dir);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function missionsHref(view: MissionsView): string {
  return `/missions${missionsSearch(view)}`;
}

export function facilityHref(id: string): string {
  return `/missions/${encodeURIComponent(id)}`;
}

/** The earliest day the map shows: before any post in the record opened. */
export const firstDay = '1900-01-01';

/** Whether `text` is a real day (YYYY-MM-DD) from firstDay to `today`. */
export function isShownDay(text: string, today: string): boolean {
  return parsePartialDate(text)?.precision === 'day' && text >= firstDay && text <= today;
}

const isSort = (text: string): text is MissionSort =>
  (missionSorts as readonly string[]).includes(text);
const isDirection = (text: string): text is SortDirection =>
  (sortDirections as readonly string[]).includes(text);

/**
 * The view of an address with nothing wrong in it (each of its parameters valid and given
 * once; others, such as a share link's tracking, ignored as the page ignores them), or
 * null: such an address goes to the page that says what is wrong.
 */
export function readMissionsAddress(params: URLSearchParams, today: string): MissionsView | null {
  if (['on', 'sort', 'dir'].some((name) => params.getAll(name).length > 1)) return null;
  const on = params.get('on');
  const sort = params.get('sort') ?? defaultMissionsView.sort;
  const dir = params.get('dir') ?? defaultMissionsView.dir;
  if (on !== null && !isShownDay(on, today)) return null;
  if (!isSort(sort) || !isDirection(dir)) return null;
  return { on, sort, dir };
}

/**
 * The path proxy.ts rewrites a clean address to, one per view and day:
 * `/missions/view/2016-12-01~2026-11-27~opened~desc` (`now` for today's view). Today is in
 * it so that the page cache renders "today" afresh each day.
 */
export function missionsViewPath(view: MissionsView, today: string): string {
  return `/missions/view/${[view.on ?? 'now', today, view.sort, view.dir].join('~')}`;
}

/** The view and day of a rewritten path's segment, or null if it is not one. */
export function readMissionsViewPath(
  segment: string,
): { view: MissionsView; today: string } | null {
  let text: string;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const [on = '', today = '', sort = '', dir = '', ...rest] = text.split('~');
  if (rest.length || !parsePartialDate(today) || !isSort(sort) || !isDirection(dir)) return null;
  const view = { on: on === 'now' ? null : on, sort, dir };
  return view.on === null || isShownDay(view.on, today) ? { view, today } : null;
}

/** The day before `day` (both YYYY-MM-DD): the last day a post closed on `day` was open. */
export function dayBefore(day: string): string {
  const instant = new Date(`${day}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() - 1);
  return instant.toISOString().slice(0, 10);
}
