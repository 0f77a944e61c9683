import 'server-only';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { changedFields, type Change } from '@/lib/changes/diff';
import type { RecordEntity, RecordRef } from '@/lib/corrections/record';
import { getDb } from '../client';
import { bootstrapEditor } from '../editors';
import { auditLog, corrections, editors } from '../schema';

export type { Change };

/** A page of the public changelog, newest first: every write made through the editor API. */
export function listChanges({
  record,
  correction,
  before,
  limit = 50,
}: { record?: RecordRef; correction?: string; before?: number; limit?: number } = {}): Change[] {
  const filters: SQL[] = [];
  if (correction) filters.push(eq(corrections.reference, correction));
  if (record) {
    filters.push(eq(auditLog.entity, record.entity), eq(auditLog.entityId, record.id));
  }
  if (before) filters.push(lt(auditLog.id, before));
  const rows = getDb()
    .select({
      entry: auditLog,
      displayName: editors.displayName,
      correction: corrections.reference,
    })
    .from(auditLog)
    .leftJoin(editors, eq(editors.name, auditLog.editor))
    .leftJoin(corrections, eq(corrections.id, auditLog.correctionId))
    .where(and(...filters))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
  return rows.map(({ entry, displayName, correction }) => {
    const entity = entry.entity as RecordEntity;
    return {
      id: entry.id,
      at: entry.at,
      action: entry.action,
      record: { entity, id: entry.entityId },
      editor:
        displayName ??
        (entry.editor === bootstrapEditor.name ? bootstrapEditor.displayName : entry.editor),
      fields: changedFields(entity, entry.before as object | null, entry.after as object | null),
      correction,
    };
  });
}
