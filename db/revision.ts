import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from './connection';
import { getDb } from './client';
import { RevisionCache } from './revision-cache.cjs';
import { datasetRevision } from './schema';

/**
 * How every writing transaction begins: holding the write lock from its first statement.
 * A transaction that reads first and writes later cannot wait for another process's write
 * (SQLite refuses it at once with SQLITE_BUSY); one that starts IMMEDIATE waits its turn
 * under the connection's busy_timeout (db/concurrent-writes.test.ts).
 */
export const writeTransaction = { behavior: 'immediate' } as const;

/** Marks the data as changed; call inside the writing transaction. */
export function bumpRevision(tx: Tx): void {
  tx.insert(datasetRevision)
    .values({ id: 1, revision: 1, changedAt: new Date().toISOString() })
    .onConflictDoUpdate({
      target: datasetRevision.id,
      set: { revision: sql`${datasetRevision.revision} + 1`, changedAt: sql`excluded.changed_at` },
    })
    .run();
}

/** The data's current revision: any write since a value was computed makes it stale. */
export function currentRevision(): number {
  return (
    getDb().select({ revision: datasetRevision.revision }).from(datasetRevision).get()?.revision ??
    0
  );
}

/**
 * A cache of computed values (API bodies), each served only while the data has not changed
 * since it was computed, as the page cache does for HTML.
 */
export function revisionCache<V>(maxEntries: number) {
  const values = new RevisionCache<V>(maxEntries);
  return function cached(key: string, compute: () => V): V {
    const revision = currentRevision();
    const hit = values.get(key, revision);
    if (hit) return hit.value;
    const value = compute();
    values.set(key, value, revision);
    return value;
  };
}

/** When the data last changed, or null before the first write. */
export function lastChangedAt(): Date | null {
  const row = getDb().select({ changedAt: datasetRevision.changedAt }).from(datasetRevision).get();
  return row ? new Date(row.changedAt) : null;
}
