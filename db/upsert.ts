import 'server-only';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import type { Tx } from './connection';

/** Rows per INSERT: well under SQLite's limit of 32,766 bound parameters per statement. */
const chunkSize = 400;

/**
 * Inserts rows, or updates the existing row with the same key, but only where a value
 * differs: re-importing unchanged data writes nothing. Returns how many rows changed;
 * `onBatch` hears how many rows are written so far, after each INSERT.
 */
export function upsertRows<T extends SQLiteTable>(
  tx: Tx,
  table: T,
  key: SQLiteColumn[],
  rows: T['$inferInsert'][],
  onBatch?: (written: number) => void,
): number {
  const keyNames = new Set(key.map((column) => column.name));
  const valueColumns = Object.entries(getTableColumns(table)).filter(
    ([, c]) => !keyNames.has(c.name),
  );
  let changed = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const insert = tx.insert(table).values(chunk);
    const result =
      valueColumns.length === 0
        ? insert.onConflictDoNothing().run()
        : insert
            .onConflictDoUpdate({
              target: key,
              set: Object.fromEntries(
                valueColumns.map(([field, c]) => [field, excluded(c)]),
              ) as SQLiteUpdateSetSource<T>,
              setWhere: sql.join(
                valueColumns.map(([, c]) => sql`${c} IS NOT ${excluded(c)}`),
                sql` OR `,
              ),
            })
            .run();
    changed += result.changes;
    onBatch?.(start + chunk.length);
  }
  return changed;
}

function excluded(column: SQLiteColumn): SQL {
  return sql.raw(`excluded."${column.name}"`);
}
