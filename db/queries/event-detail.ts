import 'server-only';
import { asc, eq, or } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '../client';
import { events } from '../schema';
import { listArticlesMentioning } from './articles';
import { partyLabeller } from './countries';
import { eventFields, eventSummaryFields, listSourcesOf } from './events';

/** One event with everything around it: sources, the retaliation pair, the articles. */
/** Memoised per request: the page and its metadata ask for the same event. */
export const getEvent = cache((id: string) => {
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
  const mentionedIn = listArticlesMentioning(id);
  const withPartyLabels = partyLabeller();
  const labelled = related.map(withPartyLabels);
  return {
    ...withPartyLabels(event),
    sources: listSourcesOf([id]).get(id) ?? [],
    answered: labelled.find((r) => r.id === event.respondsTo) ?? null,
    answeredBy: labelled.filter((r) => r.respondsTo === id),
    mentionedIn,
  };
});

export type EventDetail = NonNullable<ReturnType<typeof getEvent>>;
