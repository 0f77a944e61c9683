import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { eventSources, events, facilities, headcounts, sources } from '../schema';

/** Sources for the editors' pickers, by title. */
export function listSourceOptions() {
  return getDb()
    .select({ id: sources.id, title: sources.title })
    .from(sources)
    .orderBy(asc(sources.title))
    .all();
}

export function getHeadcount(id: string) {
  const [row] = getDb().select().from(headcounts).where(eq(headcounts.id, id)).all();
  return row ?? null;
}

export function getFacilityRow(id: string) {
  const [row] = getDb().select().from(facilities).where(eq(facilities.id, id)).all();
  return row ?? null;
}

/** An event with its first source, as the event form edits it. */
export function getEventForEditing(id: string) {
  const db = getDb();
  const [event] = db.select().from(events).where(eq(events.id, id)).all();
  if (!event) return null;
  const [link] = db
    .select({ sourceId: eventSources.sourceId })
    .from(eventSources)
    .where(eq(eventSources.eventId, id))
    .limit(1)
    .all();
  return { event, sourceId: link?.sourceId ?? '' };
}

export function getSourceRow(id: string) {
  const [row] = getDb().select().from(sources).where(eq(sources.id, id)).all();
  return row ?? null;
}
