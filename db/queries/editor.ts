import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { findRecord } from '../table-keys';
import { eventSources, sources } from '../schema';

/** Sources for the editors' pickers, by title. */
export function listSourceOptions() {
  return getDb()
    .select({ id: sources.id, title: sources.title })
    .from(sources)
    .orderBy(asc(sources.title))
    .all();
}

/** An event with its first source, as the event form edits it. */
export function getEventForEditing(id: string) {
  const db = getDb();
  const event = findRecord(db, 'events', id);
  if (!event) return null;
  const [link] = db
    .select({ sourceId: eventSources.sourceId })
    .from(eventSources)
    .where(eq(eventSources.eventId, id))
    .limit(1)
    .all();
  return { event, sourceId: link?.sourceId ?? '' };
}
