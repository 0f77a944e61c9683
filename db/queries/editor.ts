import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { headcounts, sources } from '../schema';

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
