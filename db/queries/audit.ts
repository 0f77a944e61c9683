import 'server-only';
import { and, desc, eq, inArray, max } from 'drizzle-orm';
import { getDb } from '../client';
import { auditLog } from '../schema';

/** The newest writes first. */
export function listAuditEntries(limit = 100) {
  return getDb().select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).all();
}

/** When each of these events was last written through the editor API, if it ever was. */
export function lastEditedEvents(ids: string[]): Map<string, string> {
  if (!ids.length) return new Map();
  const rows = getDb()
    .select({ id: auditLog.entityId, at: max(auditLog.at) })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'events'), inArray(auditLog.entityId, ids)))
    .groupBy(auditLog.entityId)
    .all();
  return new Map(rows.flatMap(({ id, at }) => (at ? [[id, at] as const] : [])));
}
