import 'server-only';
import { eq } from 'drizzle-orm';
import { formatDate, formatHeadcount, scopeLabels } from '@/lib/format';
import type { RecordRef } from '@/lib/corrections/record';
import { getDb } from '../client';
import { events, facilities, headcounts, sources } from '../schema';

/** One line naming a record for readers (a correction's form and status page), or null if it does not exist. */
export function describeRecord({ entity, id }: RecordRef): string | null {
  const db = getDb();
  if (entity === 'events') {
    const row = db.select().from(events).where(eq(events.id, id)).get();
    return row ? `${formatDate(row.occurredOn, row.datePrecision)}: ${row.summary}` : null;
  }
  if (entity === 'headcounts') {
    const row = db.select().from(headcounts).where(eq(headcounts.id, id)).get();
    return row
      ? `${row.sendingCountry} staff in ${row.hostCountry}, ${scopeLabels[row.scope]}, ${formatDate(row.observedOn, row.datePrecision)}: ${formatHeadcount(row.count, row.bound, row.isEstimate)}`
      : null;
  }
  if (entity === 'facilities') {
    const row = db.select().from(facilities).where(eq(facilities.id, id)).get();
    return row ? `${row.name} (${row.city})` : null;
  }
  const row = db.select().from(sources).where(eq(sources.id, id)).get();
  return row ? `“${row.title}” — ${row.publisher}` : null;
}
