import 'server-only';
import { and, desc, eq, inArray, lte, max, min, ne, sql, sum } from 'drizzle-orm';
import {
  directionLabelOn,
  expelledAdjective,
  indexCountries,
  namesOf,
  renamingYears,
} from '@/lib/countries/names';
import { coverageScopes } from '@/lib/coverage/periods';
import type { HeadcountScope } from '@/lib/dataset/vocabulary';
import { findComparablePair } from '@/lib/staffing/comparable';
import { getDb } from '../client';
import { eventYearTotals, headcounts, sources } from '../schema';
import { eraOf, listCountries } from './countries';
import { listDirections } from './staffing';

/** Scopes that count people actually posted (not caps, not partial counts). */
const staffScopes = coverageScopes;

const observationFields = {
  id: headcounts.id,
  observedOn: headcounts.observedOn,
  datePrecision: headcounts.datePrecision,
  count: headcounts.count,
  bound: headcounts.bound,
  isEstimate: headcounts.isEstimate,
  scope: headcounts.scope,
  support: headcounts.support,
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

type Direction = ReturnType<typeof listDirections>[number];

/** Figures a ratio may use: exact or estimated, not "over N" or "under N". */
function comparable(sending: string, host: string, scope: HeadcountScope) {
  return and(direction(sending, host, [scope]), eq(headcounts.bound, 'exact'));
}

/** The latest date with a comparable figure, at or before `until`: one index lookup. */
function latestDate(sending: string, host: string, scope: HeadcountScope, until: string | null) {
  const [row] = getDb()
    .select({ on: max(headcounts.observedOn) })
    .from(headcounts)
    .where(
      and(
        comparable(sending, host, scope),
        until === null ? undefined : lte(headcounts.observedOn, until),
      ),
    )
    .all();
  return row?.on ?? null;
}

function figuresOn(sending: string, host: string, scope: HeadcountScope, on: string) {
  return getDb()
    .select({ ...observationFields, includesUnMission: headcounts.includesUnMission })
    .from(headcounts)
    .innerJoin(sources, eq(sources.id, headcounts.sourceId))
    .where(and(comparable(sending, host, scope), eq(headcounts.observedOn, on)))
    .orderBy(headcounts.id)
    .all();
}

/**
 * The ratio between the two directions, like with like: two country-wide figures of one
 * scope, observed within 12 months of each other (lib/staffing/comparable.ts), the most
 * recent such pair over all scopes. Where sources conflict on a date, low and high ratios
 * are both given. Null when no two figures qualify: the card says so.
 */
function getComparableRatio(a: Direction, b: Direction) {
  const pairs = staffScopes.flatMap((scope) => {
    const pair = findComparablePair((side, until) =>
      side === 'a'
        ? latestDate(a.sending, a.host, scope, until)
        : latestDate(b.sending, b.host, scope, until),
    );
    return pair ? [{ scope, ...pair, asOf: pair.a < pair.b ? pair.a : pair.b }] : [];
  });
  const best = pairs.sort((x, y) => y.asOf.localeCompare(x.asOf))[0];
  if (!best) return null;
  const first = figuresOn(a.sending, a.host, best.scope, best.a);
  const second = figuresOn(b.sending, b.host, best.scope, best.b);
  const counts = (rows: { count: number }[]) => rows.map((r) => r.count);
  return {
    scope: best.scope,
    low: Math.min(...counts(first)) / Math.max(...counts(second)),
    high: Math.max(...counts(first)) / Math.min(...counts(second)),
    numerator: { ...a, label: labelAt(a, best.a), observations: first },
    denominator: { ...b, label: labelAt(b, best.b), observations: second },
  };
}

/**
 * Diplomats expelled by each acting country, split where a country was renamed (RU is the
 * Soviet Union before 1992: Soviet and Russian diplomats are never one number), with the
 * number of expulsions and the years: summed from the per-year totals (a few rows at any
 * number of events). Expulsions with no number disclosed are counted on their own
 * (partial index events_undisclosed).
 */
function listExpulsionTotals() {
  const t = eventYearTotals;
  const splits = renamingYears(listCountries());
  const era = eraOf(sql`${t.year}`);
  const totals = getDb()
    .select({
      actor: t.actorCountry,
      era,
      people: sum(t.people).mapWith(Number),
      expulsions: sum(t.events).mapWith(Number),
      from: min(t.year).mapWith(Number),
      to: max(t.year).mapWith(Number),
    })
    .from(t)
    .where(eq(t.kind, 'expulsion'))
    .groupBy(t.actorCountry, era)
    .orderBy(t.actorCountry, desc(era))
    .all();
  // INDEXED BY: without statistics SQLite prefers the kind index, and scans every
  // expulsion; the partial index holds only the undisclosed ones.
  const undisclosed = getDb().all<{ actor: string; era: number; count: number }>(
    sql`SELECT actor_country AS actor, ${eraOf(sql`CAST(substr(occurred_on, 1, 4) AS INTEGER)`)} AS era,
        count(*) AS count FROM events INDEXED BY events_undisclosed
        WHERE kind = 'expulsion' AND people_affected IS NULL GROUP BY actor, era`,
  );
  const countries = listCountries();
  const byCode = indexCountries(countries);
  return totals.map((row) => {
    const actor = namesOf(byCode, row.actor, row.from);
    return {
      ...row,
      actorLabel: actor.abbreviation,
      actorName: actor.shortName,
      targetAdjective: expelledAdjective(countries, row.actor, row.from),
      since: [0, ...splits][row.era] || null,
      until: splits[row.era] ? splits[row.era]! - 1 : null,
      undisclosed: undisclosed.find((u) => u.actor === row.actor && u.era === row.era)?.count ?? 0,
    };
  });
}

/** A direction named as it was at a date: "Soviet staff in the US" for 1983. */
function labelAt(d: { sending: string; host: string; label: string }, on: string): string {
  return directionLabelOn(indexCountries(listCountries()), d, on);
}

/** The headline's ratio alone, for pages that start from it (the proposal's arithmetic). */
export function getHeadlineRatio(directions = listDirections()) {
  const [first, second] = directions;
  return first && second ? getComparableRatio(first, second) : null;
}

export function getHeadlineFigures() {
  const directions = listDirections();
  return {
    directions: directions.map((d) => {
      const latest = listLatest(d.sending, d.host);
      const peak = getPeak(d.sending, d.host);
      return {
        ...d,
        label: latest[0] ? labelAt(d, latest[0].observedOn) : d.label,
        latest,
        peak: peak && { ...peak, label: labelAt(d, peak.observedOn) },
      };
    }),
    ratio: getHeadlineRatio(directions),
    expulsions: listExpulsionTotals(),
  };
}

export type HeadlineFigures = ReturnType<typeof getHeadlineFigures>;
