import 'server-only';
import { count, eq } from 'drizzle-orm';
import type { Snapshot } from '@/lib/data-check/rules';
import { getDb } from '../client';
import {
  articles,
  eventFacilities,
  eventSources,
  events,
  facilities,
  headcounts,
  sources,
} from '../schema';

/** The rows the data checks read, with each event's number of sources counted in SQL. */
export function loadCheckSnapshot(): Snapshot {
  const db = getDb();
  return {
    events: db
      .select({
        id: events.id,
        occurredOn: events.occurredOn,
        actorCountry: events.actorCountry,
        targetCountry: events.targetCountry,
        kind: events.kind,
        peopleAffected: events.peopleAffected,
        peopleNote: events.peopleNote,
        summary: events.summary,
        support: events.support,
        sourceCount: count(eventSources.sourceId),
      })
      .from(events)
      .leftJoin(eventSources, eq(eventSources.eventId, events.id))
      .groupBy(events.id)
      .orderBy(events.occurredOn, events.id)
      .all(),
    figures: db
      .select({
        id: headcounts.id,
        scope: headcounts.scope,
        count: headcounts.count,
        sourceId: headcounts.sourceId,
        support: headcounts.support,
      })
      .from(headcounts)
      .orderBy(headcounts.id)
      .all(),
    sources: db
      .select({ id: sources.id, url: sources.url })
      .from(sources)
      .orderBy(sources.id)
      .all(),
    facilityLinks: db
      .select({
        eventId: eventFacilities.eventId,
        facilityId: eventFacilities.facilityId,
        role: eventFacilities.role,
        occurredOn: events.occurredOn,
        closedOn: facilities.closedOn,
      })
      .from(eventFacilities)
      .innerJoin(events, eq(events.id, eventFacilities.eventId))
      .innerJoin(facilities, eq(facilities.id, eventFacilities.facilityId))
      .orderBy(eventFacilities.eventId, eventFacilities.facilityId)
      .all(),
    articleSourceIds: db
      .select({ id: articles.sourceId })
      .from(articles)
      .all()
      .map((row) => row.id),
  };
}
