import 'server-only';
import { and, asc, eq, gte, inArray, lte, max, min, sql } from 'drizzle-orm';
import { shapeSeries, timeOf, yearEnd, yearStart } from '@/lib/staffing/series';
import type { EventMarker, Observation, SourceRef, StaffingData } from '@/lib/staffing/types';
import { chartScopes, type StaffingView } from '@/lib/staffing/view';
import { getDb } from '../client';
import { countries, eventSources, events, headcounts, sources } from '../schema';

/** The kinds drawn on the staffing timeline: the measures that moved the numbers. */
export const timelineKinds = ['expulsion', 'facility_closure', 'staff_cap'] as const;

const countryWide = and(
  eq(headcounts.coverage, 'country'),
  inArray(headcounts.scope, [...chartScopes]),
);

/** The directions to draw ("US staff in Russia" …), all pairs of countries unless the view picks one. */
export function listDirections(series = 'all') {
  const all = getDb().select().from(countries).orderBy(asc(countries.code)).all();
  return all
    .flatMap((sending) =>
      all
        .filter((host) => host.code !== sending.code)
        .map((host) => ({
          key: `${sending.code}-${host.code}`,
          sending: sending.code,
          host: host.code,
          label: `${sending.adjective} staff in ${host.shortName}`,
        })),
    )
    .filter((d) => series === 'all' || d.key === series);
}

/** First and last year with a country-wide headcount or an event. */
export function getDataYears(): { first: number; last: number } {
  const db = getDb();
  const [h] = db
    .select({ first: min(headcounts.observedOn), last: max(headcounts.observedOn) })
    .from(headcounts)
    .where(countryWide)
    .all();
  const [e] = db
    .select({ first: min(events.occurredOn), last: max(events.occurredOn) })
    .from(events)
    .all();
  const years = [h?.first, h?.last, e?.first, e?.last]
    .filter((d): d is string => !!d)
    .map((d) => Number(d.slice(0, 4)));
  const now = new Date().getUTCFullYear();
  return years.length
    ? { first: Math.min(...years), last: Math.max(...years) }
    : { first: now, last: now };
}

/** Chart-ready series, timeline events and their sources for one view of the dashboard. */
export function getStaffingData(view: StaffingView): StaffingData {
  const years = getDataYears();
  const domain: [number, number] = [
    yearStart(view.from ?? years.first),
    yearEnd(view.to ?? years.last),
  ];
  const series = shapeSeries(
    listObservations(view, domain[1]),
    listDirections(view.series),
    domain,
  );
  const eventMarkers = listEventMarkers(domain);
  const cited = new Set<string>();
  for (const s of series) {
    for (const step of s.steps) step.observations.forEach((o) => cited.add(o.sourceId));
  }
  eventMarkers.forEach((e) => e.sourceIds.forEach((id) => cited.add(id)));
  return { view, domain, series, events: eventMarkers, sources: listSources([...cited]) };
}

/** Every country-wide observation of the view's scope up to the end of the range. */
function listObservations(view: StaffingView, until: number): Observation[] {
  return getDb()
    .select({
      id: headcounts.id,
      sending: headcounts.sendingCountry,
      host: headcounts.hostCountry,
      date: headcounts.observedOn,
      precision: headcounts.datePrecision,
      count: headcounts.count,
      bound: headcounts.bound,
      isEstimate: headcounts.isEstimate,
      includesUnMission: headcounts.includesUnMission,
      note: headcounts.note,
      sourceId: headcounts.sourceId,
    })
    .from(headcounts)
    .where(
      and(countryWide, eq(headcounts.scope, view.scope), lte(headcounts.observedOn, isoDay(until))),
    )
    .orderBy(asc(headcounts.observedOn), asc(headcounts.id))
    .all();
}

function listEventMarkers([from, to]: [number, number]): EventMarker[] {
  const rows = getDb()
    .select({
      id: events.id,
      date: events.occurredOn,
      precision: events.datePrecision,
      actor: events.actorCountry,
      target: events.targetCountry,
      kind: events.kind,
      peopleAffected: events.peopleAffected,
      facilitiesClosed: events.facilitiesClosed,
      summary: events.summary,
      sourceIds: sql<string>`group_concat(${eventSources.sourceId}, ' ')`,
    })
    .from(events)
    .innerJoin(eventSources, eq(eventSources.eventId, events.id))
    .where(
      and(
        inArray(events.kind, [...timelineKinds]),
        gte(events.occurredOn, isoDay(from)),
        lte(events.occurredOn, isoDay(to)),
      ),
    )
    .groupBy(events.id)
    .orderBy(asc(events.occurredOn), asc(events.id))
    .all();
  return rows.map((row) => ({ ...row, t: timeOf(row.date), sourceIds: row.sourceIds.split(' ') }));
}

function listSources(ids: string[]): SourceRef[] {
  if (!ids.length) return [];
  return getDb()
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
    })
    .from(sources)
    .where(inArray(sources.id, ids))
    .orderBy(asc(sources.publisher), asc(sources.title))
    .all();
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
