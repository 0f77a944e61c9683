import 'server-only';
import { and, desc, eq, inArray, max, min, ne, sql, sum } from 'drizzle-orm';
import type { HeadcountScope } from '@/lib/dataset/vocabulary';
import { getDb } from '../client';
import { eventYearTotals, headcounts, sources } from '../schema';
import { listDirections } from './staffing';

/** Scopes that count people actually posted (not caps, not partial counts). */
const staffScopes = [
  'diplomats',
  'nationals',
  'total_staff',
] as const satisfies readonly HeadcountScope[];

const observationFields = {
  id: headcounts.id,
  observedOn: headcounts.observedOn,
  datePrecision: headcounts.datePrecision,
  count: headcounts.count,
  bound: headcounts.bound,
  isEstimate: headcounts.isEstimate,
  scope: headcounts.scope,
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
  sourceUrl: sources.url,
};

function direction(sending: string, host: string, scopes: readonly HeadcountScope[] = staffScopes) {
  return and(
    eq(headcounts.sendingCountry, sending),
    eq(headcounts.hostCountry, host),
    eq(headcounts.coverage, 'country'),
    inArray(headcounts.scope, [...scopes]),
  );
}

/** Every figure on the most recent date with a country-wide staff count, conflicts included. */
function listLatest(
  sending: string,
  host: string,
  scopes: readonly HeadcountScope[] = staffScopes,
) {
  const db = getDb();
  const latest = db
    .select({ on: max(headcounts.observedOn) })
    .from(headcounts)
    .where(direction(sending, host, scopes));
  return db
    .select(observationFields)
    .from(headcounts)
    .innerJoin(sources, eq(sources.id, headcounts.sourceId))
    .where(and(direction(sending, host, scopes), eq(headcounts.observedOn, latest)))
    .orderBy(headcounts.scope, headcounts.id)
    .all();
}

/** The largest country-wide staff count each way (lower bounds "under N" excluded). */
function getPeak(sending: string, host: string) {
  const [peak] = getDb()
    .select(observationFields)
    .from(headcounts)
    .innerJoin(sources, eq(sources.id, headcounts.sourceId))
    .where(and(direction(sending, host), ne(headcounts.bound, 'under')))
    .orderBy(desc(headcounts.count), desc(headcounts.observedOn))
    .limit(1)
    .all();
  return peak ?? null;
}

export type HeadlineObservation = NonNullable<ReturnType<typeof getPeak>>;

/**
 * The ratio between the two directions at one scope, using the scope whose latest figures
 * each way are the most recent. Where sources conflict, low and high ratios are both given.
 */
type Direction = ReturnType<typeof listDirections>[number];

function getComparableRatio(a: Direction, b: Direction) {
  const candidates = staffScopes
    .map((scope) => ({
      scope,
      first: listLatest(a.sending, a.host, [scope]),
      second: listLatest(b.sending, b.host, [scope]),
    }))
    .filter((c) => c.first.length && c.second.length)
    .map((c) => ({ ...c, asOf: [c.first[0]!.observedOn, c.second[0]!.observedOn].sort()[0]! }))
    .sort((x, y) => y.asOf.localeCompare(x.asOf));
  const best = candidates[0];
  if (!best) return null;
  const counts = (rows: HeadlineObservation[]) => rows.map((r) => r.count);
  const low = Math.min(...counts(best.first)) / Math.max(...counts(best.second));
  const high = Math.max(...counts(best.first)) / Math.min(...counts(best.second));
  return {
    scope: best.scope,
    low,
    high,
    numerator: { ...a, observations: best.first },
    denominator: { ...b, observations: best.second },
  };
}

/**
 * Diplomats expelled by each acting country, with the number of expulsions and the first
 * year: summed from the per-year totals (a few rows at any number of events). Expulsions
 * with no number disclosed are counted on their own (partial index events_undisclosed).
 */
function listExpulsionTotals() {
  const t = eventYearTotals;
  const totals = getDb()
    .select({
      actor: t.actorCountry,
      people: sum(t.people).mapWith(Number),
      expulsions: sum(t.events).mapWith(Number),
      since: min(t.year),
    })
    .from(t)
    .where(eq(t.kind, 'expulsion'))
    .groupBy(t.actorCountry)
    .orderBy(t.actorCountry)
    .all();
  // INDEXED BY: without statistics SQLite prefers the kind index, and scans every
  // expulsion; the partial index holds only the undisclosed ones.
  const undisclosed = new Map(
    getDb()
      .all<{ actor: string; count: number }>(
        sql`SELECT actor_country AS actor, count(*) AS count FROM events
            INDEXED BY events_undisclosed
            WHERE kind = 'expulsion' AND people_affected IS NULL GROUP BY actor_country`,
      )
      .map((row) => [row.actor, row.count]),
  );
  return totals.map((row) => ({ ...row, undisclosed: undisclosed.get(row.actor) ?? 0 }));
}

export function getHeadlineFigures() {
  const directions = listDirections();
  const [first, second] = directions;
  return {
    directions: directions.map((d) => ({
      ...d,
      latest: listLatest(d.sending, d.host),
      peak: getPeak(d.sending, d.host),
    })),
    ratio: first && second ? getComparableRatio(first, second) : null,
    expulsions: listExpulsionTotals(),
  };
}

export type HeadlineFigures = ReturnType<typeof getHeadlineFigures>;
