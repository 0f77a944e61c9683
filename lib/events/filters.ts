import { z } from 'zod';
import { eventKinds } from '../dataset/vocabulary';
import { noFilters, type EventFilters } from './filter-params';

export { filtersToSearchParams, noFilters, type EventFilters } from './filter-params';

// These schemas also run in the browser (the explorer reads its address), where the CSP
// allows no eval: zod's compiled parsers probe `new Function` and the probe is reported as
// a violation. Interpreted parsing is as correct and fast enough for a few parameters.
z.config({ jitless: true });

const year = z.coerce
  .number({ error: 'expected a year such as 2018' })
  .int({ error: 'expected a whole year such as 2018' })
  .min(1000, { error: 'expected a four-digit year' })
  .max(9999, { error: 'expected a four-digit year' });

const kindList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(eventKinds, { error: `expected kinds from: ${eventKinds.join(', ')}` })));

/** The filter parameters, shared by /events and /api/events. */
export const eventFilterFields = {
  year: year.optional(),
  from: year.optional(),
  to: year.optional(),
  actor: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code such as US' })
    .optional(),
  kind: kindList.optional(),
  q: z.string().trim().max(200, { error: 'expected at most 200 characters' }).optional(),
};

/** The checks that span parameters: year excludes from/to, and from ≤ to. */
export function checkYearRange(
  f: { year?: number; from?: number; to?: number },
  ctx: z.RefinementCtx,
) {
  if (f.year !== undefined && (f.from !== undefined || f.to !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['year'],
      message: 'expected either year or from/to, not both',
    });
  }
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) {
    ctx.addIssue({
      code: 'custom',
      path: ['from'],
      message: 'expected from to be no later than to',
    });
  }
}

export const eventFiltersSchema = z.object(eventFilterFields).superRefine(checkYearRange);

export function toEventFilters(parsed: z.output<typeof eventFiltersSchema>): EventFilters {
  return {
    year: parsed.year ?? null,
    from: parsed.from ?? null,
    to: parsed.to ?? null,
    actor: parsed.actor ?? null,
    kinds: [...new Set(parsed.kind ?? [])].sort(),
    q: parsed.q || null,
  };
}

/** Search parameters as a plain object; a repeated key (kind=a&kind=b) becomes a list. */
export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  const object: Record<string, string> = {};
  for (const key of new Set(params.keys())) object[key] = params.getAll(key).join(',');
  return object;
}

export type ParsedPageFilters = {
  filters: EventFilters;
  problems: { parameter: string; message: string; value: string }[];
};

/**
 * For the page: a bad parameter never fails it. Each one is reported and left out, and the
 * rest still apply.
 */
export function parsePageFilters(params: URLSearchParams): ParsedPageFilters {
  const raw = searchParamsObject(params);
  const known = Object.fromEntries(Object.entries(raw).filter(([key]) => key in eventFilterFields));
  const parsed = eventFiltersSchema.safeParse(known);
  if (parsed.success) return { filters: toEventFilters(parsed.data), problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const parameter = String(issue.path[0] ?? '');
    return { parameter, message: issue.message, value: raw[parameter] ?? '' };
  });
  const bad = new Set(problems.map((p) => p.parameter));
  // A range problem (from after to, year with from/to) drops the whole range.
  if (bad.has('from') || bad.has('year')) ['from', 'to', 'year'].forEach((key) => bad.add(key));
  const kept = Object.fromEntries(Object.entries(known).filter(([key]) => !bad.has(key)));
  const retry = eventFiltersSchema.safeParse(kept);
  return { filters: retry.success ? toEventFilters(retry.data) : noFilters, problems };
}
