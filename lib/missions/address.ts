/**
 * The missions address: `/missions?on=2016-12-01&sort=opened&dir=desc` (the map, timeline
 * and table as they stood on a day, the table sorted) and `/missions/<id>` (one post).
 * Browser-safe; address-schema.ts validates it for the page and the API.
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
export function missionsSearch(view: MissionsView): string {
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

/** The day before `day` (both YYYY-MM-DD): the last day a post closed on `day` was open. */
export function dayBefore(day: string): string {
  const instant = new Date(`${day}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() - 1);
  return instant.toISOString().slice(0, 10);
}
