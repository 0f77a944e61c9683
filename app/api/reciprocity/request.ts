import { z } from 'zod';
import { hostileKinds } from '@/lib/reciprocity/kinds';

const year = z.coerce
  .number({ error: 'expected a year such as 2016' })
  .int({ error: 'expected a whole year such as 2016' })
  .min(1000, { error: 'expected a four-digit year' })
  .max(9999, { error: 'expected a four-digit year' });

/** GET /api/reciprocity: the ledger's years and kind of measure. */
export const reciprocityRequest = z
  .strictObject({
    from: year.optional(),
    to: year.optional(),
    kind: z.enum(hostileKinds, { error: `expected one of: ${hostileKinds.join(', ')}` }).optional(),
  })
  .refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, {
    path: ['from'],
    error: 'expected from to be no later than to',
  });

export function parseReciprocityRequest(searchParams: URLSearchParams) {
  return reciprocityRequest.safeParse(Object.fromEntries(searchParams));
}
