import 'server-only';
import { and, count, desc, eq, max, min } from 'drizzle-orm';
import { getDb } from '../client';
import { countries, events, headcounts, sources } from '../schema';

export type DatasetSummary = {
  events: number;
  headcounts: number;
  sources: number;
  firstEventOn: string | null;
  lastEventOn: string | null;
};

/** How much the dataset holds, counted in SQL. */
export function getDatasetSummary(): DatasetSummary {
  const db = getDb();
  const [eventStats] = db
    .select({
      events: count(),
      firstEventOn: min(events.occurredOn),
      lastEventOn: max(events.occurredOn),
    })
    .from(events)
    .all();
  const [headcountStats] = db.select({ headcounts: count() }).from(headcounts).all();
  const [sourceStats] = db.select({ sources: count() }).from(sources).all();
  return {
    events: eventStats?.events ?? 0,
    firstEventOn: eventStats?.firstEventOn ?? null,
    lastEventOn: eventStats?.lastEventOn ?? null,
    headcounts: headcountStats?.headcounts ?? 0,
    sources: sourceStats?.sources ?? 0,
  };
}

export type LatestObservation = Awaited<ReturnType<typeof listLatestObservations>>[number];

/**
 * The most recent headcount observations of one country's staff in another: every figure
 * on the latest date, so that conflicting sources are shown side by side, not averaged.
 */
export function listLatestObservations({ sending, host }: { sending: string; host: string }) {
  const db = getDb();
  const direction = and(eq(headcounts.sendingCountry, sending), eq(headcounts.hostCountry, host));
  const [latest] = db
    .select({ observedOn: headcounts.observedOn })
    .from(headcounts)
    .where(direction)
    .orderBy(desc(headcounts.observedOn))
    .limit(1)
    .all();
  if (!latest) return [];
  return db
    .select({
      id: headcounts.id,
      observedOn: headcounts.observedOn,
      datePrecision: headcounts.datePrecision,
      count: headcounts.count,
      bound: headcounts.bound,
      isEstimate: headcounts.isEstimate,
      scope: headcounts.scope,
      note: headcounts.note,
      sourceTitle: sources.title,
      sourcePublisher: sources.publisher,
      sourceUrl: sources.url,
    })
    .from(headcounts)
    .innerJoin(sources, eq(sources.id, headcounts.sourceId))
    .where(and(direction, eq(headcounts.observedOn, latest.observedOn)))
    .orderBy(headcounts.scope, headcounts.id)
    .all();
}

export function listCountries() {
  return getDb().select().from(countries).orderBy(countries.code).all();
}
