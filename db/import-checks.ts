import 'server-only';
import { and, eq, inArray, notExists } from 'drizzle-orm';
import type { DatasetInput } from '@/lib/dataset/input';
import type { Problem } from '@/lib/dataset/problems';
import { sourceFileOf, type TableName } from '@/lib/dataset/tables';
import type { Db, Tx } from './connection';
import { tables } from './table-keys';
import { articles, eventSources, events } from './schema';

type Lookup = { file: string; line: number; column: string; value: string; table: TableName };

/** Every id a row refers to must exist, in this import or already in the database. */
export function findUnknownReferences(db: Db, input: DatasetInput): Problem[] {
  const inBatch = new Map<TableName, Set<string>>([
    ['articles', new Set(input.articles.map((a) => a.value.slug))],
  ]);
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
    const cited = [
      { column: 'source_id', value: article.value.sourceId },
      { column: 'follows_source_id', value: article.value.followsSourceId },
    ];
    for (const { column, value } of cited) {
      if (value && !inBatch.get('sources')?.has(value)) {
        lookups.push({ file: article.file, line: 1, column, value, table: 'sources' });
      }
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
      message: `expected the id of an existing row in ${sourceFileOf(table)}`,
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

/** Every event must cite at least one source; only events in this import can lack one. */
export function findUnsourcedEvents(tx: Tx, input: DatasetInput): Problem[] {
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

/** A reference's quote must stand, word for word, in the text of its article. */
export function findMissingQuotes(db: Db, input: DatasetInput): Problem[] {
  const file = input.csvs.find((csv) => csv.table === 'articleReferences');
  if (!file) return [];
  const bodies = new Map(input.articles.map((a) => [a.value.slug, a.value.body]));
  const wanted = file.rows
    .map((row) => row.value as { articleSlug: string })
    .map((r) => r.articleSlug)
    .filter((slug) => !bodies.has(slug));
  if (wanted.length) {
    for (const row of db
      .select({ slug: articles.slug, body: articles.body })
      .from(articles)
      .where(inArray(articles.slug, wanted))
      .all()) {
      bodies.set(row.slug, row.body);
    }
  }
  return file.rows.flatMap((row) => {
    const { articleSlug, quote } = row.value as { articleSlug: string; quote: string };
    const body = bodies.get(articleSlug);
    if (body === undefined || body.includes(quote)) return [];
    return [
      {
        file: file.file,
        line: row.line,
        column: 'quote',
        value: quote,
        message: `expected text found word for word in the article ${articleSlug}`,
      },
    ];
  });
}
