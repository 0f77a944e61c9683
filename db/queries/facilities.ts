import 'server-only';
import { asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import { postKinds } from '@/lib/dataset/vocabulary';
import type { FacilityState } from '@/lib/missions/states';
import { getDb } from '../client';
import { listSources } from './staffing';
import { eventFacilities, events, facilities, headcounts, sources } from '../schema';

/**
 * A facility's state on a day, in SQL. A date known only to the month or year counts from
 * its first day (that is how it is stored). Closing is the facility's own closed_on; a
 * suspension runs from an event that suspended it to one that reopened it. A facility
 * whose opening date is not recorded is `undated` until it closed: perhaps not there yet.
 */
function stateOn(day: string): SQL<FacilityState> {
  // Written with qualified names: Drizzle leaves a single table's columns unqualified, and
  // inside the subquery an unqualified "id" would be the event's.
  return sql<FacilityState>`CASE
    WHEN "facilities"."opened_on" > ${day} THEN 'not_open'
    WHEN "facilities"."closed_on" <= ${day} THEN 'closed'
    WHEN "facilities"."opened_on" IS NULL THEN 'undated'
    WHEN (
      SELECT link.role FROM event_facilities AS link
      JOIN events AS event ON event.id = link.event_id
      WHERE link.facility_id = "facilities"."id"
        AND link.role IN ('suspended', 'reopened')
        AND event.occurred_on <= ${day}
      ORDER BY event.occurred_on DESC, link.role = 'reopened' DESC
      LIMIT 1
    ) = 'suspended' THEN 'suspended'
    ELSE 'open'
  END`;
}

const isPost = inArray(facilities.kind, [...postKinds]);

/** Every facility with its state on `day`, ordered by side and name. */
export function listFacilitiesOn(day: string) {
  return getDb()
    .select({ ...getTableColumns(facilities), state: stateOn(day) })
    .from(facilities)
    .orderBy(asc(facilities.operatedBy), asc(facilities.name))
    .all();
}

export type FacilityOnDay = ReturnType<typeof listFacilitiesOn>[number];

/** For each side: its posts open and suspended on `day`, and its other properties in use. */
export function countFacilitiesOn(day: string) {
  const state = stateOn(day);
  return getDb()
    .select({
      operatedBy: facilities.operatedBy,
      hostCountry: facilities.hostCountry,
      postsOpen: sql<number>`count(*) FILTER (WHERE ${isPost} AND ${state} = 'open')`,
      postsSuspended: sql<number>`count(*) FILTER (WHERE ${isPost} AND ${state} = 'suspended')`,
      propertiesInUse: sql<number>`count(*) FILTER (WHERE NOT ${isPost} AND ${state} = 'open')`,
    })
    .from(facilities)
    .groupBy(facilities.operatedBy, facilities.hostCountry)
    .orderBy(asc(facilities.operatedBy), asc(facilities.hostCountry))
    .all();
}

export type FacilityCount = ReturnType<typeof countFacilitiesOn>[number];

const linkedEventFields = {
  facilityId: eventFacilities.facilityId,
  role: eventFacilities.role,
  eventId: events.id,
  occurredOn: events.occurredOn,
  datePrecision: events.datePrecision,
  kind: events.kind,
  summary: events.summary,
};

/** The events linked to the given facilities (all when none given), in date order. */
export function listFacilityEvents(facilityIds?: string[]) {
  return getDb()
    .select(linkedEventFields)
    .from(eventFacilities)
    .innerJoin(events, eq(events.id, eventFacilities.eventId))
    .where(facilityIds ? inArray(eventFacilities.facilityId, facilityIds) : undefined)
    .orderBy(asc(events.occurredOn), asc(events.id))
    .all();
}

export type FacilityEvent = ReturnType<typeof listFacilityEvents>[number];

const sourceFields = {
  id: sources.id,
  title: sources.title,
  publisher: sources.publisher,
  url: sources.url,
};

/** One facility with its sources, the events that touched it and the figures for it alone. */
export const getFacility = cache((id: string) => {
  const db = getDb();
  const [facility] = db.select().from(facilities).where(eq(facilities.id, id)).all();
  if (!facility) return null;
  const figures = db
    .select({
      id: headcounts.id,
      observedOn: headcounts.observedOn,
      datePrecision: headcounts.datePrecision,
      count: headcounts.count,
      bound: headcounts.bound,
      scope: headcounts.scope,
      isEstimate: headcounts.isEstimate,
      note: headcounts.note,
      source: sourceFields,
    })
    .from(headcounts)
    .innerJoin(sources, eq(sources.id, headcounts.sourceId))
    .where(eq(headcounts.facilityId, id))
    .orderBy(asc(headcounts.observedOn), asc(headcounts.id))
    .all();
  const { sourceId, openedSourceId, closedSourceId } = facility;
  const cited = listSources([sourceId, openedSourceId, closedSourceId].filter((s) => s !== null));
  const sourceOf = (id: string | null) => cited.find((source) => source.id === id) ?? null;
  return {
    ...facility,
    source: sourceOf(sourceId)!,
    openedSource: sourceOf(openedSourceId),
    closedSource: sourceOf(closedSourceId),
    events: listFacilityEvents([id]),
    figures,
  };
});

export type FacilityDetail = NonNullable<ReturnType<typeof getFacility>>;

/** The facilities an event touched, with the role it played, for the event's page. */
export function listFacilitiesOfEvent(eventId: string) {
  return getDb()
    .select({ id: facilities.id, name: facilities.name, role: eventFacilities.role })
    .from(eventFacilities)
    .innerJoin(facilities, eq(facilities.id, eventFacilities.facilityId))
    .where(eq(eventFacilities.eventId, eventId))
    .orderBy(asc(facilities.name))
    .all();
}

/** Every facility's id and name, for the events explorer's post filter. */
export const listFacilityOptions = cache(() =>
  getDb()
    .select({ id: facilities.id, name: facilities.name })
    .from(facilities)
    .orderBy(asc(facilities.operatedBy), asc(facilities.name))
    .all(),
);
