import 'server-only';
import { and, asc, eq, gte, inArray, lte, max, min } from 'drizzle-orm';
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
  const directions = listDirections(view.series);
  const series = shapeSeries(listObservations(view, domain[1]), directions, domain);
  const eventMarkers = listEventMarkers(domain);
  const cited = new Map<string, SourceRef>();
  for (const s of series)
    for (const step of s.steps) for (const o of step.observations) cited.set(o.source.id, o.source);
  for (const e of eventMarkers) for (const source of e.sources) cited.set(source.id, source);
  return {
    view,
    domain,
    series,
    events: eventMarkers,
    sources: [...cited.values()].sort(
      (a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title),
    ),
  };
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
      sourceId: sources.id,
      sourceTitle: sources.title,
      sourcePublisher: sources.publisher,
      sourceUrl: sources.url,
    })
    .from(headcounts)
    .innerJoin(sources, eq(sources.id, headcounts.sourceId))
    .where(
      and(countryWide, eq(headcounts.scope, view.scope), lte(headcounts.observedOn, isoDay(until))),
    )
    .orderBy(asc(headcounts.observedOn), asc(headcounts.id))
    .all()
    .map(({ sourceId, sourceTitle, sourcePublisher, sourceUrl, ...o }) => ({
      ...o,
      source: { id: sourceId, title: sourceTitle, publisher: sourcePublisher, url: sourceUrl },
    }));
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
      sourceId: sources.id,
      sourceTitle: sources.title,
      sourcePublisher: sources.publisher,
      sourceUrl: sources.url,
    })
    .from(events)
    .innerJoin(eventSources, eq(eventSources.eventId, events.id))
    .innerJoin(sources, eq(sources.id, eventSources.sourceId))
    .where(
      and(
        inArray(events.kind, [...timelineKinds]),
        gte(events.occurredOn, isoDay(from)),
        lte(events.occurredOn, isoDay(to)),
      ),
    )
    .orderBy(asc(events.occurredOn), asc(events.id), asc(sources.publisher))
    .all();
  const markers = new Map<string, EventMarker>();
  for (const { sourceId, sourceTitle, sourcePublisher, sourceUrl, ...event } of rows) {
    const marker = markers.get(event.id) ?? {
      ...event,
      t: timeOf(event.date),
      kind: event.kind,
      sources: [],
    };
    marker.sources.push({
      id: sourceId,
      title: sourceTitle,
      publisher: sourcePublisher,
      url: sourceUrl,
    });
    markers.set(event.id, marker);
  }
  return [...markers.values()];
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
