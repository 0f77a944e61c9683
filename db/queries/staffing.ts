import 'server-only';
import { and, asc, count, eq, gte, inArray, lte, max, min, sql } from 'drizzle-orm';
import { timeOf, yearEnd, yearStart } from '@/lib/chart/time';
import { shapeSeries, shapeSummarySeries, type FigureSummary } from '@/lib/staffing/series';
import { directionLabelOver, type CountryNames } from '@/lib/countries/names';
import { findGaps } from '@/lib/staffing/gaps';
import type {
  EventMarker,
  Moment,
  Observation,
  SourceRef,
  StaffingData,
} from '@/lib/staffing/types';
import { chartScopes, scopesOf, type StaffingView } from '@/lib/staffing/address';
import { getDb } from '../client';
import { eventSources, events, eventYearTotals, headcounts, moments, sources } from '../schema';
import { countryLabeller, listCountries } from './countries';

/** The kinds drawn on the staffing timeline: the measures that moved the numbers. */
export const timelineKinds = ['expulsion', 'facility_closure', 'staff_cap'] as const;

const countryWide = and(
  eq(headcounts.coverage, 'country'),
  inArray(headcounts.scope, [...chartScopes]),
);

/**
 * The directions to draw, all pairs of countries unless the view picks one, each named for
 * the years it spans ("Soviet, then Russian staff in the US" across 1991; the whole record
 * unless a span is given).
 */
export function listDirections(series = 'all', span: [number, number] = dataSpan()) {
  const all: CountryNames[] = listCountries();
  return all
    .flatMap((sending) =>
      all
        .filter((host) => host.code !== sending.code)
        .map((host) => ({
          key: `${sending.code}-${host.code}`,
          sending: sending.code,
          host: host.code,
          label: directionLabelOver(sending, host, span),
        })),
    )
    .filter((d) => series === 'all' || d.key === series);
}

function dataSpan(): [number, number] {
  const { first, last } = getDataYears();
  return [first, last];
}

/**
 * First and last year with a country-wide headcount or an event. Each min() and max() is
 * its own query: SQLite answers a lone min or max from the index end, but scans every
 * row when a query asks for both (85 ms on a million events).
 */
export function getDataYears(): { first: number; last: number } {
  const db = getDb();
  const ends = [min, max].flatMap((end) => [
    db
      .select({ date: end(headcounts.observedOn) })
      .from(headcounts)
      .where(countryWide)
      .get(),
    db
      .select({ date: end(events.occurredOn) })
      .from(events)
      .get(),
  ]);
  const years = ends
    .map((row) => row?.date)
    .filter((d): d is string => !!d)
    .map((d) => Number(d.slice(0, 4)));
  const now = new Date().getUTCFullYear();
  return years.length
    ? { first: Math.min(...years), last: Math.max(...years) }
    : { first: now, last: now };
}

/**
 * How much the chart draws one by one. Real ranges hold a few dozen figures and events;
 * beyond these limits figures are summarised by month and events by year, so that a page
 * or response stays small and quick at any size of the data (bench/RESULTS.md, "API at
 * scale"). Downloads pass `everyFigure`: a file holds every figure.
 */
export const maxListedFigures = 2_000;
export const maxEventMarkers = 300;

/** Chart-ready series, timeline events and their sources for one view of the dashboard. */
export function getStaffingData(
  view: StaffingView,
  { everyFigure = false }: { everyFigure?: boolean } = {},
): StaffingData {
  const years = getDataYears();
  const domain: [number, number] = [
    yearStart(view.from ?? years.first),
    yearEnd(view.to ?? years.last),
  ];
  const span: [number, number] = [yearOf(domain[0]), yearOf(domain[1])];
  const directions = listDirections(view.series, span);
  const scopes = scopesOf(view);
  const summaries = everyFigure ? [] : summariseByDate(view, domain[1]);
  const figuresListed =
    everyFigure || summaries.reduce((sum, date) => sum + date.figures, 0) <= maxListedFigures;
  const series = figuresListed
    ? shapeSeries(listObservations(view, domain[1]), directions, scopes, domain)
    : shapeSummarySeries(summaries, directions, scopes, domain);
  const eventMarkers =
    countTimelineEvents(domain) > maxEventMarkers
      ? listEventYearMarkers(domain)
      : listEventMarkers(domain);
  const cited = new Set<string>();
  for (const s of series) {
    for (const step of s.steps) step.observations.forEach((o) => cited.add(o.sourceId));
  }
  eventMarkers.forEach((e) => e.sourceIds.forEach((id) => cited.add(id)));
  return {
    view,
    directions,
    domain,
    series,
    figuresListed,
    events: eventMarkers,
    gaps: findGaps(series, domain),
    moments: listMoments(domain),
    countries: listCountries(),
    sources: listSources([...cited]),
  };
}

const yearOf = (time: number) => new Date(time).getUTCFullYear();

/** The moments inside the range, in order: the labelled marks on the time axis. */
function listMoments([from, to]: [number, number]): Moment[] {
  return getDb()
    .select({
      id: moments.id,
      date: moments.occurredOn,
      precision: moments.datePrecision,
      label: moments.label,
      eventId: moments.eventId,
    })
    .from(moments)
    .where(and(gte(moments.occurredOn, isoDay(from)), lte(moments.occurredOn, isoDay(to))))
    .orderBy(asc(moments.occurredOn), asc(moments.id))
    .all()
    .map((moment) => ({ ...moment, t: timeOf(moment.date) }));
}

/** The country-wide figures of the view's scopes up to the end of the range. */
function figuresOfView(view: StaffingView, until: number) {
  return and(
    countryWide,
    inArray(headcounts.scope, [...scopesOf(view)]),
    lte(headcounts.observedOn, isoDay(until)),
  );
}

/**
 * Per direction and date: how many figures, lowest and highest. Read from the
 * headcounts_chart index alone, so it costs little at any size; it also tells whether the
 * figures themselves are few enough to list.
 */
function summariseByDate(view: StaffingView, until: number): FigureSummary[] {
  return getDb()
    .select({
      sending: headcounts.sendingCountry,
      host: headcounts.hostCountry,
      scope: headcounts.scope,
      date: headcounts.observedOn,
      low: sql<number>`min(${headcounts.count})`,
      high: sql<number>`max(${headcounts.count})`,
      figures: count(),
    })
    .from(headcounts)
    .where(figuresOfView(view, until))
    .groupBy(
      headcounts.sendingCountry,
      headcounts.hostCountry,
      headcounts.scope,
      headcounts.observedOn,
    )
    .all();
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
      scope: headcounts.scope,
      count: headcounts.count,
      bound: headcounts.bound,
      isEstimate: headcounts.isEstimate,
      includesUnMission: headcounts.includesUnMission,
      note: headcounts.note,
      sourceId: headcounts.sourceId,
      support: headcounts.support,
    })
    .from(headcounts)
    .where(figuresOfView(view, until))
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
  const labelOf = countryLabeller();
  return rows.map((row) => ({
    ...row,
    t: timeOf(row.date),
    count: 1,
    actorLabel: labelOf(row.actor, row.date),
    sourceIds: row.sourceIds.split(' '),
  }));
}

/** The per-year totals of the timeline's kinds in the whole years of the domain. */
function timelineYearTotals([from, to]: [number, number]) {
  return and(
    inArray(eventYearTotals.kind, [...timelineKinds]),
    gte(eventYearTotals.year, new Date(from).getUTCFullYear()),
    lte(eventYearTotals.year, new Date(to).getUTCFullYear()),
  );
}

function countTimelineEvents(domain: [number, number]): number {
  const [row] = getDb()
    .select({ events: sql<number>`coalesce(sum(${eventYearTotals.events}), 0)` })
    .from(eventYearTotals)
    .where(timelineYearTotals(domain))
    .all();
  return row?.events ?? 0;
}

/** A marker per year, acting country and kind: what a dense range draws instead. */
function listEventYearMarkers(domain: [number, number]): EventMarker[] {
  const t = eventYearTotals;
  const rows = getDb()
    .select({
      year: t.year,
      actor: t.actorCountry,
      kind: t.kind,
      count: t.events,
      people: t.people,
      facilitiesClosed: t.facilitiesClosed,
    })
    .from(t)
    .where(timelineYearTotals(domain))
    .orderBy(asc(t.year), asc(t.actorCountry), asc(t.kind))
    .all();
  const labelOf = countryLabeller();
  return rows.map((row) => ({
    id: `${row.year}-${row.actor}-${row.kind}`,
    t: timeOf(`${row.year}-07-01`),
    date: `${row.year}-01-01`,
    precision: 'year',
    count: row.count,
    actor: row.actor,
    actorLabel: labelOf(row.actor, `${row.year}`),
    target: null,
    kind: row.kind,
    peopleAffected: row.kind === 'expulsion' ? row.people : null,
    facilitiesClosed: row.kind === 'facility_closure' ? row.facilitiesClosed : null,
    summary: '',
    sourceIds: [],
  }));
}

/** The sources with these ids, by publisher and title. */
export function listSources(ids: string[]): SourceRef[] {
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
