import { z } from 'zod';
import { staffingQuery } from '@/lib/staffing/address-schema';

/** GET /api/staffing: the dashboard's view parameters, plus the response format. */
export const staffingRequest = z
  .object({ format: z.enum(['json', 'csv'], { error: 'expected json or csv' }).default('json') })
  .and(staffingQuery);

export function parseStaffingRequest(searchParams: URLSearchParams) {
  return staffingRequest.safeParse(Object.fromEntries(searchParams));
}
