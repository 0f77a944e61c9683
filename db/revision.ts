import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from './connection';
import { getDb } from './client';
import { datasetRevision } from './schema';

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
 * A cache of computed values (API bodies) that are served only while the data has not
 * changed since they were computed, like the page cache (db/page-cache.cjs) for HTML.
 * Least recently used entries go first.
 */
export function revisionCache<V>(maxEntries: number) {
  const entries = new Map<string, { revision: number; value: V }>();
  return function cached(key: string, compute: () => V): V {
    const revision = currentRevision();
    const entry = entries.get(key);
    entries.delete(key);
    const value = entry?.revision === revision ? entry.value : compute();
    entries.set(key, { revision, value });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return value;
  };
}
