import 'server-only';
import { eq, inArray, notExists, and, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ParsedArticle } from '@/lib/dataset/parse-article';
import type { ParsedCsv } from '@/lib/dataset/parse-csv';
import type { Problem } from '@/lib/dataset/problems';
import { csvTables, writeOrder, type TableName } from '@/lib/dataset/tables';
import type { Db } from './connection';
import { articles, countries, eventSources, events, headcounts, sources } from './schema';
import { bumpRevision } from './revision';
import { upsertRows } from './upsert';

export type DatasetInput = { csvs: ParsedCsv[]; articles: ParsedArticle[] };

export type ImportReport =
  | { ok: true; written: { table: string; rows: number; changed: number }[] }
  | { ok: false; problems: Problem[] };

const tables: Record<TableName, { table: SQLiteTable; key: SQLiteColumn[] }> = {
  countries: { table: countries, key: [countries.code] },
  sources: { table: sources, key: [sources.id] },
  events: { table: events, key: [events.id] },
  eventSources: { table: eventSources, key: [eventSources.eventId, eventSources.sourceId] },
  headcounts: { table: headcounts, key: [headcounts.id] },
};

/** Aborts the transaction with problems found only once the rows are in place. */
class ImportRejected extends Error {
  constructor(readonly problems: Problem[]) {
    super('import rejected');
  }
}

/**
 * The one way data files reach the database: checks that every id a row refers to exists
 * (in the database or in this import), then writes everything in one transaction, or
 * nothing at all if any row is wrong.
 */
export function importDataset(db: Db, input: DatasetInput): ImportReport {
  const problems = findUnknownReferences(db, input);
  if (problems.length) return { ok: false, problems };
  try {
    const written = db.transaction((tx) => {
      // Events may answer events later in the same file; check references at commit.
      tx.run(sql`PRAGMA defer_foreign_keys = ON`);
      const counts = [];
      for (const name of writeOrder) {
        const file = input.csvs.find((csv) => csv.table === name);
        if (!file) continue;
        const { table, key } = tables[name];
        const rows = file.rows.map((row) => row.value as SQLiteTable['$inferInsert']);
        counts.push({ table: name, rows: rows.length, changed: upsertRows(tx, table, key, rows) });
      }
      if (input.articles.length) {
        const rows = input.articles.map((a) => a.value);
        counts.push({
          table: 'articles',
          rows: rows.length,
          changed: upsertRows(tx, articles, [articles.slug], rows),
        });
      }
      const unsourced = findUnsourcedEvents(tx, input);
      if (unsourced.length) throw new ImportRejected(unsourced);
      if (counts.some((c) => c.changed > 0)) bumpRevision(tx);
      return counts;
    });
    return { ok: true, written };
  } catch (error) {
    if (error instanceof ImportRejected) return { ok: false, problems: error.problems };
    throw error;
  }
}

type Lookup = { file: string; line: number; column: string; value: string; table: TableName };

function findUnknownReferences(db: Db, input: DatasetInput): Problem[] {
  const inBatch = new Map<TableName, Set<string>>();
  for (const csv of input.csvs) {
    inBatch.set(csv.table, new Set(csv.rows.map((row) => csv.spec.key(row.value))));
  }
  const lookups: Lookup[] = [];
  for (const csv of input.csvs) {
    for (const row of csv.rows) {
      for (const { column, table } of csv.spec.references) {
        const value = row.cells[column] ?? '';
        if (value && !inBatch.get(table)?.has(value)) {
          lookups.push({ file: csv.file, line: row.line, column, value, table });
        }
      }
    }
  }
  for (const article of input.articles) {
    const value = article.value.sourceId;
    if (!inBatch.get('sources')?.has(value)) {
      lookups.push({ file: article.file, line: 1, column: 'source_id', value, table: 'sources' });
    }
  }
  const stored = storedKeys(db, lookups);
  return lookups
    .filter((l) => !stored.get(l.table)?.has(l.value))
    .map(({ file, line, column, value, table }) => ({
      file,
      line,
      column,
      value,
      message: `expected the id of an existing row in ${csvTables[table].fileName}`,
    }));
}

/** Which of the looked-up ids already exist, one query per referenced table. */
function storedKeys(db: Db, lookups: Lookup[]): Map<TableName, Set<string>> {
  const found = new Map<TableName, Set<string>>();
  for (const name of new Set(lookups.map((l) => l.table))) {
    const { table, key } = tables[name];
    const keyColumn = key[0]!;
    const wanted = [...new Set(lookups.filter((l) => l.table === name).map((l) => l.value))];
    const rows = db
      .select({ key: keyColumn })
      .from(table)
      .where(inArray(keyColumn, wanted))
      .all() as { key: string }[];
    found.set(name, new Set(rows.map((r) => r.key)));
  }
  return found;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Every event must cite at least one source; only events in this import can lack one. */
function findUnsourcedEvents(tx: Tx, input: DatasetInput): Problem[] {
  const file = input.csvs.find((csv) => csv.table === 'events');
  if (!file) return [];
  const ids = file.rows.map((row) => (row.value as { id: string }).id);
  const unsourced = new Set<string>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = tx
      .select({ id: events.id })
      .from(events)
      .where(
        and(
          inArray(events.id, ids.slice(start, start + 500)),
          notExists(tx.select().from(eventSources).where(eq(eventSources.eventId, events.id))),
        ),
      )
      .all();
    rows.forEach((row) => unsourced.add(row.id));
  }
  return file.rows
    .filter((row) => unsourced.has((row.value as { id: string }).id))
    .map((row) => ({
      file: file.file,
      line: row.line,
      column: 'id',
      value: row.cells.id,
      message:
        'expected at least one source for this event in event-sources.csv (import both files together)',
    }));
}
