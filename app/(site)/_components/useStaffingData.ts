'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { staffingQueryOptions } from '@/lib/query-options/staffing';
import type { StaffingView } from '@/lib/staffing/address';

/**
 * The view's data from the query cache, where the server put it (HydrationBoundary): the
 * chart, table and sources tab all render from this one copy, which the page sends once.
 */
export function useStaffingData(view: StaffingView) {
  return useQuery({ ...staffingQueryOptions(view), placeholderData: keepPreviousData });
}
