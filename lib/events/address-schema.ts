import { z } from 'zod';
import { eventKinds } from '../dataset/vocabulary';
import {
  countryCodePattern,
  kindItems,
  maxSearchLength,
  noFilters,
  postPattern,
  readEventsAddress,
  sortedKinds,
  yearProblems,
  type EventFilterName,
  type EventFilters,
} from './address';

// The events address read on the server, where a reader is told what could not be read:
// the page lists it, the API refuses it (app/api/events/request.ts).

const year = z.coerce
  .number({ error: 'expected a year such as 2018' })
  .int({ error: 'expected a whole year such as 2018' })
  .min(1000, { error: 'expected a four-digit year' })
  .max(9999, { error: 'expected a four-digit year' });

const kindList = z
  .string()
  .transform(kindItems)
  .pipe(z.array(z.enum(eventKinds, { error: `expected kinds from: ${eventKinds.join(', ')}` })));

/** Each parameter of the address, validated. */
export const eventFilterFields = {
  year: year.optional(),
  from: year.optional(),
  to: year.optional(),
  actor: z
    .string()
    .regex(countryCodePattern, { error: 'expected a two-letter country code such as US' })
    .optional(),
  kind: kindList.optional(),
  post: z
    .string()
    .regex(postPattern, { error: 'expected the id of a post, such as us-consulate-leningrad' })
    .optional(),
  q: z
    .string()
    .trim()
    .max(maxSearchLength, { error: `expected at most ${maxSearchLength} characters` })
    .optional(),
} satisfies Record<EventFilterName, z.ZodType>;

/** The checks that span parameters (yearProblems): year excludes from/to, and from ≤ to. */
export function checkYearRange(
  f: { year?: number; from?: number; to?: number },
  ctx: z.RefinementCtx,
) {
  for (const { parameter, message } of yearProblems(f)) {
    ctx.addIssue({ code: 'custom', path: [parameter], message });
  }
}

export const eventFiltersSchema = z.object(eventFilterFields).superRefine(checkYearRange);

export function toEventFilters(parsed: z.output<typeof eventFiltersSchema>): EventFilters {
  return {
    year: parsed.year ?? null,
    from: parsed.from ?? null,
    to: parsed.to ?? null,
    actor: parsed.actor ?? null,
    kinds: sortedKinds(parsed.kind ?? []),
    post: parsed.post ?? null,
    q: parsed.q || null,
  };
}

export type AddressProblem = { parameter: string; message: string; value: string };
export type CheckedEventsAddress = { filters: EventFilters; problems: AddressProblem[] };

/**
 * For the page: a bad parameter never fails it. Each one is reported and left out, and the
 * rest still apply.
 */
export function checkEventsAddress(search: string | URLSearchParams): CheckedEventsAddress {
  const raw = readEventsAddress(search);
  const parsed = eventFiltersSchema.safeParse(raw);
  if (parsed.success) return { filters: toEventFilters(parsed.data), problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const parameter = String(issue.path[0] ?? '');
    return { parameter, message: issue.message, value: raw[parameter as EventFilterName] ?? '' };
  });
  const bad = new Set(problems.map((p) => p.parameter));
  // A range problem (from after to, year with from/to) drops the whole range.
  if (bad.has('from') || bad.has('year')) ['from', 'to', 'year'].forEach((key) => bad.add(key));
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key)));
  const retry = eventFiltersSchema.safeParse(kept);
  return { filters: retry.success ? toEventFilters(retry.data) : noFilters, problems };
}
