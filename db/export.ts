import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { toCells } from '@/lib/dataset/cells';
import { csvTables, csvWriteOrder } from '@/lib/dataset/tables';
import type { Db } from './connection';
import { tables } from './table-keys';

/**
 * Writes every CSV table of the dataset back to `directory`, rows ordered by key and cells
 * formatted as the import reads them, so that an edit made in the app becomes a reviewable
 * diff and import → export → import leaves the files byte-identical.
 */
export function exportDataset(db: Db, directory: string): string[] {
  return csvWriteOrder.map((name) => {
    const { table, key } = tables[name];
    const spec = csvTables[name];
    const rows = db
      .select()
      .from(table)
      .orderBy(...key.map((column) => asc(column)))
      .all();
    const file = path.join(directory, spec.fileName);
    fs.writeFileSync(
      file,
      stringify(
        rows.map((row) => toCells(name, row)),
        { header: true, columns: [...spec.columns] },
      ),
    );
    return file;
  });
}
