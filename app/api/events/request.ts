import { z } from 'zod';
import { decodeCursor, defaultPageSize, maxPageSize } from '@/lib/events/cursor';
import { checkYearRange, eventFilterFields } from '@/lib/events/address-schema';
import { queryObject } from '@/app/api/_lib/query';

const cursor = z.string().transform((text, ctx) => {
  const decoded = decodeCursor(text);
  if (decoded) return decoded;
  ctx.addIssue({ code: 'custom', message: 'expected a cursor returned by this API' });
  return z.NEVER;
});

const limit = z.coerce
  .number({ error: 'expected a number of events' })
  .int({ error: 'expected a whole number' })
  .min(1, { error: 'expected at least 1' })
  .max(maxPageSize, { error: `expected at most ${maxPageSize}` })
  .default(defaultPageSize);

/** GET /api/events: the explorer's filters plus keyset pagination; unknown keys are refused. */
export const eventsRequest = z
  .strictObject({ ...eventFilterFields, cursor: cursor.optional(), limit })
  .superRefine(checkYearRange);

export function parseEventsRequest(params: URLSearchParams) {
  return eventsRequest.safeParse(queryObject(params));
}
