import 'server-only';
import { sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DatasetInput } from '@/lib/dataset/input';
import type { Problem } from '@/lib/dataset/problems';
import { writeOrder, type TableName } from '@/lib/dataset/tables';
import type { Db } from './connection';
import { tables } from './table-keys';
import { findMissingQuotes, findUnknownReferences, findUnsourcedEvents } from './import-checks';
import { bumpRevision, writeTransaction } from './revision';
import { upsertRows } from './upsert';

/** Told after each batch of a table's rows is written, inside the transaction. */
export type ImportProgress = {
  onWritten?: (table: TableName, written: number, total: number) => void;
};

export type ImportReport =
  | { ok: true; written: { table: string; rows: number; changed: number }[] }
  | { ok: false; problems: Problem[] };

/** Aborts the transaction with problems found only once the rows are in place. */
class ImportRejected extends Error {
  constructor(readonly problems: Problem[]) {
    super('import rejected');
  }
}

function rowsOf(input: DatasetInput, name: TableName): SQLiteTable['$inferInsert'][] | null {
  if (name === 'articles') return input.articles.length ? input.articles.map((a) => a.value) : null;
  const file = input.csvs.find((csv) => csv.table === name);
  return file ? file.rows.map((row) => row.value as SQLiteTable['$inferInsert']) : null;
}

/**
 * The one way data files reach the database: checks that every id a row refers to exists
 * (in the database or in this import), then writes everything in one transaction, or
 * nothing at all if any row is wrong.
 */
export function importDataset(
  db: Db,
  input: DatasetInput,
  { onWritten }: ImportProgress = {},
): ImportReport {
  const problems = [...findUnknownReferences(db, input), ...findMissingQuotes(db, input)];
  if (problems.length) return { ok: false, problems };
  try {
    const written = db.transaction((tx) => {
      // Events may answer events later in the same file; check references at commit.
      tx.run(sql`PRAGMA defer_foreign_keys = ON`);
      const counts = [];
      for (const name of writeOrder) {
        const rows = rowsOf(input, name);
        if (!rows) continue;
        const { table, key } = tables[name];
        const changed = upsertRows(tx, table, key, rows, (written) =>
          onWritten?.(name, written, rows.length),
        );
        counts.push({ table: name, rows: rows.length, changed });
      }
      const unsourced = findUnsourcedEvents(tx, input);
      if (unsourced.length) throw new ImportRejected(unsourced);
      if (counts.some((c) => c.changed > 0)) bumpRevision(tx);
      return counts;
    }, writeTransaction);
    return { ok: true, written };
  } catch (error) {
    if (error instanceof ImportRejected) return { ok: false, problems: error.problems };
    throw error;
  }
}
