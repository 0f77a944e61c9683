import 'server-only';
import { eq } from 'drizzle-orm';
import { jsonToCells, toCells } from '@/lib/dataset/cells';
import type { ParsedCsv } from '@/lib/dataset/parse-csv';
import type { Problem } from '@/lib/dataset/problems';
import { csvTables, type CsvTable } from '@/lib/dataset/tables';
import { recordEntities, type RecordEntity } from '@/lib/corrections/record';
import { acceptCorrection } from './corrections';
import type { Db } from './connection';
import { findRecord, tables } from './table-keys';
import { importDataset } from './import';
import { bumpRevision, writeTransaction } from './revision';
import { auditLog, eventFacilities, eventSources } from './schema';
import { linkFieldOf, parseFacilityLinks, parseSourceIds, type FieldIssue } from './event-links';

/** What editors may write through the API (the records readers may correct), each validated as a row of its CSV file. */
export { recordEntities as editableEntities, type RecordEntity as EditableEntity };

export type { FieldIssue };
export type WriteOutcome =
  | { status: 200 | 201; body: unknown }
  | {
      status: 404 | 409 | 422;
      code: 'not_found' | 'conflict' | 'invalid_body';
      message: string;
      issues?: FieldIssue[];
    };

/**
 * `editor` is the editor's name from their token or session (the audit log's name);
 * `correction`, the reference of the reader's correction the write answers.
 */
type Write = { entity: RecordEntity; editor: string; correction?: string } & (
  | { action: 'create'; body: Record<string, unknown> }
  | { action: 'update'; id: string; body: Record<string, unknown> }
  | { action: 'delete'; id: string }
);

/** Rolls the transaction back and carries the reason out of it. */
class WriteRefused extends Error {
  constructor(readonly outcome: Extract<WriteOutcome, { status: 404 | 409 | 422 }>) {
    super(outcome.message);
  }
}

const invalid = (issues: FieldIssue[]) =>
  new WriteRefused({
    status: 422,
    code: 'invalid_body',
    message: issues.map((i) => `${i.field}: ${i.message}`).join('; '),
    issues,
  });

/** The row as one CSV line would give it, parsed by the file's own schema. */
function parseRow(entity: RecordEntity, cells: Record<string, string>): ParsedCsv {
  const spec = csvTables[entity] as CsvTable<unknown>;
  const unknown = Object.keys(cells).filter((field) => !spec.columns.includes(field));
  if (unknown.length) throw invalid(unknown.map((field) => ({ field, message: 'unknown field' })));
  const complete = Object.fromEntries(spec.columns.map((column) => [column, cells[column] ?? '']));
  const result = spec.row.safeParse(complete);
  if (!result.success) {
    throw invalid(
      result.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? ''),
        message: issue.message,
      })),
    );
  }
  return {
    file: 'request body',
    table: spec.table,
    spec,
    rows: [{ line: 1, cells: complete, value: result.data }],
  };
}

/** An event takes its links as lists (db/event-links.ts); every other row has its own columns. */
const asIssues = (entity: RecordEntity, problems: Problem[]): FieldIssue[] =>
  problems.map((p) => ({
    field: (entity === 'events' && linkFieldOf(p.column)) || (p.column ?? ''),
    message: p.message,
  }));

/** Rolls the write back unless the list parsed. */
function linkCsv(parsed: ReturnType<typeof parseSourceIds>): ParsedCsv {
  if (!parsed.csv) throw invalid(parsed.issues);
  return parsed.csv;
}

/**
 * The editor API's one write path: validates with the import's schemas and reference
 * checks, writes in one transaction with an audit row, and bumps the dataset revision so
 * that every cached page shows the change on its next request. Nothing is written on error.
 */
export function applyWrite(db: Db, write: Write): WriteOutcome {
  try {
    return db.transaction((tx) => {
      const id = write.action === 'create' ? String(write.body.id ?? '') : write.id;
      const before = write.action === 'create' ? null : findRecord(db, write.entity, id);
      if (write.action !== 'create' && !before) {
        throw new WriteRefused({
          status: 404,
          code: 'not_found',
          message: `no ${write.entity} row with id "${id}"`,
        });
      }
      if (write.action === 'create' && id && findRecord(db, write.entity, id)) {
        throw new WriteRefused({
          status: 409,
          code: 'conflict',
          message: `a ${write.entity} row with id "${id}" already exists`,
        });
      }

      if (write.action === 'delete') {
        const { table, key } = tables[write.entity];
        try {
          tx.delete(table).where(eq(key[0]!, id)).run();
        } catch (error) {
          if (String(error).includes('FOREIGN KEY')) {
            throw new WriteRefused({
              status: 409,
              code: 'conflict',
              message: `other rows still refer to ${write.entity} "${id}"`,
            });
          }
          throw error;
        }
      } else {
        const { source_ids: sourceIds, facility_links: facilityLinks, ...fields } = write.body;
        const { cells, problems } = jsonToCells(fields);
        if (problems.length) throw invalid(problems);
        if (write.action === 'update' && cells.id !== undefined && cells.id !== id) {
          throw invalid([
            { field: 'id', message: 'an id cannot change; create a new row instead' },
          ]);
        }
        const merged =
          write.action === 'update' ? { ...toCells(write.entity, before!), ...cells } : cells;
        const csvs = [parseRow(write.entity, merged)];
        if (write.entity === 'events' && (write.action === 'create' || sourceIds !== undefined)) {
          csvs.push(linkCsv(parseSourceIds(id, sourceIds)));
          tx.delete(eventSources).where(eq(eventSources.eventId, id)).run();
        }
        if (write.entity === 'events' && facilityLinks !== undefined) {
          csvs.push(linkCsv(parseFacilityLinks(id, facilityLinks)));
          tx.delete(eventFacilities).where(eq(eventFacilities.eventId, id)).run();
        }
        const report = importDataset(db, { csvs, articles: [] });
        if (!report.ok) throw invalid(asIssues(write.entity, report.problems));
      }

      const after = write.action === 'delete' ? null : findRecord(db, write.entity, id);
      const correctionId = write.correction
        ? acceptCorrection(tx, write.correction, { entity: write.entity, id }, write.editor)
        : null;
      if (write.correction && correctionId === null) {
        throw invalid([
          {
            field: 'correction',
            message: `no open correction "${write.correction}" of ${write.entity} "${id}"`,
          },
        ]);
      }
      tx.insert(auditLog)
        .values({
          at: new Date().toISOString(),
          editor: write.editor,
          action: write.action,
          entity: write.entity,
          entityId: id,
          before,
          after,
          correctionId,
        })
        .run();
      bumpRevision(tx);
      return { status: write.action === 'create' ? 201 : 200, body: after ?? { deleted: id } };
    }, writeTransaction);
  } catch (error) {
    if (error instanceof WriteRefused) return error.outcome;
    throw error;
  }
}
