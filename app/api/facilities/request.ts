import { z } from 'zod';
import { dayParameter } from '@/lib/missions/address-schema';

/** GET /api/facilities: the day (today when absent) and the response format. */
export const facilitiesRequest = z.strictObject({
  on: dayParameter.optional(),
  format: z.enum(['json', 'csv'], { error: 'expected json or csv' }).default('json'),
});

export function parseFacilitiesRequest(searchParams: URLSearchParams) {
  return facilitiesRequest.safeParse(Object.fromEntries(searchParams));
}
