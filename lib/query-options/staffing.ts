import { queryOptions } from '@tanstack/react-query';
import type { StaffingData } from '../staffing/types';
import { staffingSearch, type StaffingView } from '../staffing/address';

async function fetchStaffing(view: StaffingView): Promise<StaffingData> {
  const response = await fetch(`/api/staffing?${staffingSearch(view)}`);
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
