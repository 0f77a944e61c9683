import 'server-only';
import { count } from 'drizzle-orm';
import { getDb } from '../client';
import { events, headcounts, sources } from '../schema';

/** How much the dataset holds, counted in SQL. */
export function getDatasetSummary() {
  const db = getDb();
  const [eventStats] = db.select({ n: count() }).from(events).all();
  const [headcountStats] = db.select({ n: count() }).from(headcounts).all();
  const [sourceStats] = db.select({ n: count() }).from(sources).all();
  return {
    events: eventStats?.n ?? 0,
    headcounts: headcountStats?.n ?? 0,
    sources: sourceStats?.n ?? 0,
  };
}
