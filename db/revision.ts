import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from './connection';
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
