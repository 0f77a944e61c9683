import { parse } from 'csv-parse/sync';
import type { Problem } from './problems';
import { tableForFileName, csvTables, type CsvTable, type TableName } from './tables';

export type ParsedRow<Row = unknown> = {
  line: number;
  cells: Record<string, string>;
  value: Row;
};

export type ParsedCsv = {
  file: string;
  table: TableName;
  spec: CsvTable<unknown>;
  rows: ParsedRow[];
};

export type ParseOutcome = { parsed: ParsedCsv | null; problems: Problem[] };

type CsvRecord = { record: string[]; info: { lines: number } };

/**
 * Validates one CSV file of the dataset, chosen by its file name, and returns its typed
 * rows or every problem found (one per bad cell or row). Accepts a UTF-8 byte-order mark
 * and Windows line endings.
 */
export function parseDataCsv(file: string, text: string): ParseOutcome {
  const baseName = file.split(/[\\/]/).pop() ?? file;
  const spec = tableForFileName(baseName);
  if (!spec) {
    const known = Object.values(csvTables).map((t) => t.fileName);
    return fail(
      file,
      1,
      `cannot tell what this file holds from its name; expected one of: ${known.join(', ')}`,
    );
  }

  let records: CsvRecord[];
  try {
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return fail(file, line, `not readable as CSV: ${(error as Error).message}`);
  }

  const [header, ...body] = records;
  const expected = `expected the header: ${spec.columns.join(',')}`;
  if (!header) return fail(file, 1, `the file is empty; ${expected}`);
  const headerProblem = checkHeader(header.record, spec.columns);
  if (headerProblem) return fail(file, 1, `${headerProblem}; ${expected}`);
  if (body.length === 0) return fail(file, 2, 'the file has a header but no rows');

  const problems: Problem[] = [];
  const rows: ParsedRow[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const { record, info } of body) {
    const line = startLine(record, info.lines);
    if (record.length !== header.record.length) {
      problems.push({
        file,
        line,
        message: `expected ${header.record.length} fields, found ${record.length}`,
      });
      continue;
    }
    const cells = Object.fromEntries(header.record.map((column, i) => [column, record[i] ?? '']));
    const result = spec.row.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '');
        problems.push({ file, line, column, value: cells[column], message: issue.message });
      }
      continue;
    }
    const key = spec.key(result.data);
    const earlier = firstLineOfKey.get(key);
    if (earlier !== undefined) {
      const column = spec.keyColumns.join('+');
      const value = spec.keyColumns.map((c) => cells[c]).join(' + ');
      problems.push({
        file,
        line,
        column,
        value,
        message: `duplicate: already on line ${earlier}`,
      });
      continue;
    }
    firstLineOfKey.set(key, line);
    rows.push({ line, cells, value: result.data });
  }
  return { parsed: { file, table: spec.table, spec, rows }, problems };
}

function checkHeader(header: string[], expected: readonly string[]): string | null {
  const missing = expected.filter((column) => !header.includes(column));
  const unknown = header.filter((column) => !expected.includes(column));
  const repeated = header.filter((column, i) => header.indexOf(column) !== i);
  if (missing.length === expected.length) return 'the first line is not the header';
  if (missing.length) return `missing column(s): ${missing.join(', ')}`;
  if (unknown.length) return `unknown column(s): ${unknown.join(', ')}`;
  if (repeated.length) return `repeated column(s): ${repeated.join(', ')}`;
  return null;
}

/** csv-parse reports the line a record ends on; a quoted cell may span several lines. */
function startLine(record: string[], endLine: number): number {
  const innerNewlines = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  return endLine - innerNewlines;
}

function fail(file: string, line: number, message: string): ParseOutcome {
  return { parsed: null, problems: [{ file, line, message }] };
}
