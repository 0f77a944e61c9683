import { z } from 'zod';
import {
  defaultView,
  readViewPath,
  viewScopes,
  type StaffingView,
  type ViewSegments,
} from './address';

// The staffing address read on the server, where a reader is told what could not be read.

export const firstYear = 1900;
export const lastYear = 2100;

const year = z.coerce
  .number({ error: 'expected a year such as 2016' })
  .int({ error: 'expected a whole year such as 2016' })
  .min(firstYear, { error: `expected a year from ${firstYear}` })
  .max(lastYear, { error: `expected a year up to ${lastYear}` });

const seriesKey = z
  .string()
  .regex(/^(all|[A-Z]{2}-[A-Z]{2})$/, { error: 'expected all, or a direction such as US-RU' });

/** The query parameters of /api/staffing and of /staffing?…, validated. */
export const staffingQuery = z
  .object({
    scope: z
      .enum(viewScopes, { error: `expected one of: ${viewScopes.join(', ')}` })
      .default(defaultView.scope),
    from: year.optional(),
    to: year.optional(),
    series: seriesKey.default('all'),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['from'],
    error: 'expected from to be no later than to',
  })
  .transform((q): StaffingView => ({
    scope: q.scope,
    from: q.from ?? null,
    to: q.to ?? null,
    series: q.series,
  }));

export type ViewFromPath = { view: StaffingView; problems: string[] };

/**
 * Reads the path segments back. A bad segment never fails the page: it is reported to the
 * reader and replaced by its default.
 */
export function viewFromPath(segments: ViewSegments): ViewFromPath {
  const { params: candidate, unreadRange } = readViewPath(segments);
  const problems: string[] = [];
  if (unreadRange !== null) {
    problems.push(`range "${unreadRange}": expected all, or years such as 2016-2025`);
  }
  const parsed = staffingQuery.safeParse(candidate);
  if (parsed.success) return { view: parsed.data, problems };

  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]);
    problems.push(
      `${field} "${String(candidate[field as keyof typeof candidate] ?? '')}": ${issue.message}`,
    );
  }
  const repaired = staffingQuery.safeParse(
    Object.fromEntries(
      Object.entries(candidate).filter(
        ([key]) => !bad.has(key) && !(bad.has('from') && key === 'to'),
      ),
    ),
  );
  return { view: repaired.success ? repaired.data : defaultView, problems };
}
