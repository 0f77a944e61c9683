import 'server-only';
import { asc, eq, or } from 'drizzle-orm';
import { getDb } from '../client';
import { articleReferenceEvents, articleReferences, articles, events } from '../schema';
import { eventFields, listSourcesOf } from './events';

/** What a list of related events shows of each: when, who, what, how many. */
export const eventSummaryFields = {
  id: events.id,
  occurredOn: events.occurredOn,
  datePrecision: events.datePrecision,
  actorCountry: events.actorCountry,
  kind: events.kind,
  peopleAffected: events.peopleAffected,
  summary: events.summary,
};

/** One event with everything around it: sources, the retaliation pair, the articles. */
export function getEvent(id: string) {
  const db = getDb();
  const [event] = db.select(eventFields).from(events).where(eq(events.id, id)).all();
  if (!event) return null;
  const related = db
    .select({ ...eventSummaryFields, respondsTo: events.respondsTo })
    .from(events)
    .where(
      or(eq(events.respondsTo, id), event.respondsTo ? eq(events.id, event.respondsTo) : undefined),
    )
    .orderBy(asc(events.occurredOn))
    .all();
  const mentionedIn = db
    .selectDistinct({
      slug: articles.slug,
      title: articles.title,
      publishedOn: articles.publishedOn,
      datePrecision: articles.datePrecision,
    })
    .from(articleReferenceEvents)
    .innerJoin(articleReferences, eq(articleReferences.id, articleReferenceEvents.referenceId))
    .innerJoin(articles, eq(articles.slug, articleReferences.articleSlug))
    .where(eq(articleReferenceEvents.eventId, id))
    .orderBy(asc(articles.publishedOn))
    .all();
  return {
    ...event,
    sources: listSourcesOf([id]).get(id) ?? [],
    answered: related.find((r) => r.id === event.respondsTo) ?? null,
    answeredBy: related.filter((r) => r.respondsTo === id),
    mentionedIn,
  };
}

export type EventDetail = NonNullable<ReturnType<typeof getEvent>>;
