import 'server-only';
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { encodeCursor, type EventCursor } from '@/lib/events/cursor';
import { yearSpan, type EventFilters } from '@/lib/events/address';
import type {
  ActorSums,
  EventListItem,
  EventRecord,
  EventsPage,
  EventTotals,
  EventYear,
  SourceLink,
} from '@/lib/events/types';
import { labelExpelledBy } from '@/lib/countries/names';
import { getDb } from '../client';
import { eventFacilities, eventSources, events, eventYearTotals, sources } from '../schema';
import { eraOf, listCountries, partyLabeller } from './countries';

/** Every column of an event, as the list and the API send it. */
export const eventFields = getTableColumns(events);

/** `%text%` for LIKE, with the user's own % and _ taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Events whose summary, facilities or reason contain the text. Three characters or more
 * use the trigram index (events_search); shorter text, which trigrams cannot index, scans.
 */
function containing(text: string): SQL {
  if (text.length >= 3) {
    const phrase = `"${text.replaceAll('"', '""')}"`;
    return sql`${events}.rowid IN (SELECT rowid FROM events_search WHERE events_search MATCH ${phrase})`;
  }
  const pattern = containsPattern(text);
  return or(
    sql`${events.summary} LIKE ${pattern} ESCAPE '\\'`,
    sql`${events.facilities} LIKE ${pattern} ESCAPE '\\'`,
    sql`${events.reason} LIKE ${pattern} ESCAPE '\\'`,
  )!;
}

/** The WHERE clause of a filter; each part can use one of the events_*_chronology indexes. */
function matching(filters: EventFilters): SQL | undefined {
  const { from, to } = yearSpan(filters);
  return and(
    from !== null ? gte(events.occurredOn, `${from}-01-01`) : undefined,
    to !== null ? lte(events.occurredOn, `${to}-12-31`) : undefined,
    filters.actor ? eq(events.actorCountry, filters.actor) : undefined,
    filters.kinds.length ? inArray(events.kind, filters.kinds) : undefined,
    filters.post
      ? inArray(
          events.id,
          getDb()
            .select({ id: eventFacilities.eventId })
            .from(eventFacilities)
            .where(eq(eventFacilities.facilityId, filters.post)),
        )
      : undefined,
    filters.q ? containing(filters.q) : undefined,
  );
}

export function listSourcesOf(eventIds: string[]): Map<string, SourceLink[]> {
  const bySource = new Map<string, SourceLink[]>();
  if (!eventIds.length) return bySource;
  const rows = getDb()
    .select({
      eventId: eventSources.eventId,
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
    })
    .from(eventSources)
    .innerJoin(sources, eq(sources.id, eventSources.sourceId))
    .where(inArray(eventSources.eventId, eventIds))
    .orderBy(asc(sources.publisher), asc(sources.title))
    .all();
  for (const { eventId, ...source } of rows)
    bySource.set(eventId, [...(bySource.get(eventId) ?? []), source]);
  return bySource;
}

type ListRequest = { filters: EventFilters; cursor: EventCursor | null; limit: number };

/** The page query itself, unexecuted, so that its plan can be checked (EXPLAIN QUERY PLAN). */
export function eventPageQuery({ filters, cursor, limit }: ListRequest) {
  return getDb()
    .select(eventFields)
    .from(events)
    .where(
      and(
        matching(filters),
        cursor
          ? sql`(${events.occurredOn}, ${events.id}) > (${cursor.occurredOn}, ${cursor.id})`
          : undefined,
      ),
    )
    .orderBy(asc(events.occurredOn), asc(events.id))
    .limit(limit + 1);
}

/**
 * One page of events in date order, each with its sources. Continues after `cursor` by
 * key, never by offset, so page 1,000 costs what page 1 costs.
 */
export function listEvents(request: ListRequest): {
  events: EventListItem[];
  next: EventCursor | null;
} {
  const rows = eventPageQuery(request).all();
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    events: asListItems(page),
    next: rows.length > request.limit && last ? { occurredOn: last.occurredOn, id: last.id } : null,
  };
}

/** The latest events that match, newest first, each with its sources: what a feed shows. */
export function listLatestEvents(filters: EventFilters, limit: number): EventListItem[] {
  const rows = getDb()
    .select(eventFields)
    .from(events)
    .where(matching(filters))
    .orderBy(desc(events.occurredOn), desc(events.id))
    .limit(limit)
    .all();
  return asListItems(rows);
}

/** Events as lists show them: the countries named as they were then, and the sources. */
function asListItems(rows: EventRecord[]): EventListItem[] {
  const sourcesOf = listSourcesOf(rows.map((e) => e.id));
  const withPartyLabels = partyLabeller();
  return rows.map((event) => ({
    ...withPartyLabels(event),
    sources: sourcesOf.get(event.id) ?? [],
  }));
}

export function getEventsPage(request: ListRequest): EventsPage {
  const page = listEvents(request);
  return {
    events: page.events,
    nextCursor: page.next ? encodeCursor(page.next) : null,
    ...(request.cursor ? {} : { totals: getEventTotals(request.filters) }),
  };
}

/** How many events match, diplomats expelled by each acting country, facilities closed. */
export function getEventTotals(filters: EventFilters): EventTotals {
  const rows = filters.q || filters.post ? sumMatchingEvents(filters) : sumYearTotals(filters);
  const countries = listCountries();
  return {
    events: rows.reduce((n, r) => n + r.events, 0),
    facilitiesClosed: rows.reduce((n, r) => n + r.facilitiesClosed, 0),
    expelledBy: labelExpelledBy(rows, countries),
  };
}

/**
 * Every filter but free text and a post is whole years, countries and kinds: the per-year
 * totals answer it from a few rows, at any number of events.
 */
function sumYearTotals(filters: EventFilters): ActorSums[] {
  const { from, to } = yearSpan(filters);
  const t = eventYearTotals;
  const era = eraOf(sql`${t.year}`);
  return getDb()
    .select({
      actor: t.actorCountry,
      era,
      year: sql<number>`min(${t.year})`,
      events: sql<number>`sum(${t.events})`.mapWith(Number),
      expelled:
        sql<number>`coalesce(sum(CASE WHEN ${t.kind} = 'expulsion' THEN ${t.people} END), 0)`.mapWith(
          Number,
        ),
      facilitiesClosed: sql<number>`sum(${t.facilitiesClosed})`.mapWith(Number),
    })
    .from(t)
    .where(
      and(
        from !== null ? gte(t.year, from) : undefined,
        to !== null ? lte(t.year, to) : undefined,
        filters.actor ? eq(t.actorCountry, filters.actor) : undefined,
        filters.kinds.length ? inArray(t.kind, filters.kinds) : undefined,
      ),
    )
    .groupBy(t.actorCountry, era)
    .orderBy(asc(t.actorCountry), asc(era))
    .all();
}

/** With free text or a post, the matching events themselves are summed. */
function sumMatchingEvents(filters: EventFilters): ActorSums[] {
  const year = sql`CAST(substr(${events.occurredOn}, 1, 4) AS INTEGER)`;
  const era = eraOf(year);
  return getDb()
    .select({
      actor: events.actorCountry,
      era,
      year: sql<number>`min(${year})`,
      events: sql<number>`count(*)`,
      expelled: sql<number>`coalesce(sum(CASE WHEN ${events.kind} = 'expulsion' THEN ${events.peopleAffected} END), 0)`,
      facilitiesClosed: sql<number>`coalesce(sum(${events.facilitiesClosed}), 0)`,
    })
    .from(events)
    .where(matching(filters))
    .groupBy(events.actorCountry, era)
    .orderBy(asc(events.actorCountry), asc(era))
    .all();
}

/** Per year and acting country: events, and diplomats expelled (sum over expulsions). */
export function listEventYears(): EventYear[] {
  const t = eventYearTotals;
  return getDb()
    .select({
      year: t.year,
      actor: t.actorCountry,
      events: sql<number>`sum(${t.events})`.mapWith(Number),
      expelled:
        sql<number>`coalesce(sum(CASE WHEN ${t.kind} = 'expulsion' THEN ${t.people} END), 0)`.mapWith(
          Number,
        ),
    })
    .from(t)
    .groupBy(t.year, t.actorCountry)
    .orderBy(asc(t.year), asc(t.actorCountry))
    .all();
}

/** What a list of related events shows of each: when, who, what, how many. */
export const eventSummaryFields = {
  id: events.id,
  occurredOn: events.occurredOn,
  datePrecision: events.datePrecision,
  actorCountry: events.actorCountry,
  targetCountry: events.targetCountry,
  kind: events.kind,
  peopleAffected: events.peopleAffected,
  summary: events.summary,
};

/** Every event's id, newest first, up to `limit`: the event pages a sitemap lists. */
export function listEventIds(limit: number): string[] {
  return getDb()
    .select({ id: events.id })
    .from(events)
    .orderBy(desc(events.occurredOn), desc(events.id))
    .limit(limit)
    .all()
    .map((row) => row.id);
}
