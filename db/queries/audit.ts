import 'server-only';
import { desc } from 'drizzle-orm';
import { getDb } from '../client';
import { auditLog } from '../schema';

/** The newest writes first. */
export function listAuditEntries(limit = 100) {
  return getDb().select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).all();
}
