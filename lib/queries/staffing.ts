import { queryOptions } from '@tanstack/react-query';
import type { StaffingData } from '../staffing/types';
import type { StaffingView } from '../staffing/view';

/** Query-string form of a view, as /api/staffing reads it. */
export function staffingSearchParams(view: StaffingView): URLSearchParams {
  const params = new URLSearchParams({ scope: view.scope, series: view.series });
  if (view.from !== null) params.set('from', String(view.from));
  if (view.to !== null) params.set('to', String(view.to));
  return params;
}

async function fetchStaffing(view: StaffingView): Promise<StaffingData> {
  const response = await fetch(`/api/staffing?${staffingSearchParams(view)}`);
  if (!response.ok) throw new Error(`Could not load the staffing data (HTTP ${response.status})`);
  return response.json();
}

/**
 * One definition for the server's prefetch (which loads from the database) and the
 * client's hook (which loads from the API). Data only changes through writes, which
 * re-render the page and bring fresh data with it: no refetch on mount or focus.
 */
export function staffingQueryOptions(
  view: StaffingView,
  load: (view: StaffingView) => Promise<StaffingData> = fetchStaffing,
) {
  return queryOptions({
    queryKey: ['staffing', view.scope, view.from, view.to, view.series] as const,
    queryFn: () => load(view),
    staleTime: Infinity,
  });
}
