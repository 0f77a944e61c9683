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
 * Every CSV table of the dataset as its file: rows ordered by key and cells formatted as
 * the import reads them, so that import → export → import leaves the files byte-identical.
 */
export function exportedFiles(db: Db): { fileName: string; contents: string }[] {
  return csvWriteOrder.map((name) => {
    const { table, key } = tables[name];
    const spec = csvTables[name];
    const rows = db
      .select()
      .from(table)
      .orderBy(...key.map((column) => asc(column)))
      .all();
    const contents = stringify(
      rows.map((row) => toCells(name, row)),
      { header: true, columns: [...spec.columns] },
    );
    return { fileName: spec.fileName, contents };
  });
}

/** Writes the CSV tables back to `directory`, so that an edit made in the app becomes a reviewable diff. */
export function exportDataset(db: Db, directory: string): string[] {
  return exportedFiles(db).map(({ fileName, contents }) => {
    const file = path.join(directory, fileName);
    fs.writeFileSync(file, contents);
    return file;
  });
}
