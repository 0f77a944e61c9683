import { formatPartialDate } from './dates';
import { csvTables, type CsvTables } from './tables';
import type { DatePrecision } from './vocabulary';

/**
 * Database rows back into CSV cells, column for column as the files hold them: the inverse
 * of the row schemas in tables.ts. Export writes these; the editor API merges edits into them
 * and validates the result with the same schemas as an import.
 */
type Cells = Record<string, string>;

/** The property a column is stored in: `occurred_on` in `occurredOn`. */
export const propertyOf = (column: string) =>
  column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Dates are written at the precision stored beside them. */
export const precisionOf: Record<string, string> = {
  occurred_on: 'datePrecision',
  observed_on: 'datePrecision',
  published_on: 'publishedPrecision',
  opened_on: 'openedPrecision',
  closed_on: 'closedPrecision',
};

function cellOf(column: string, row: Record<string, unknown>): string {
  // A coverage note's five years are stored by their first.
  if (column === 'period') return `${row.periodStart}-${Number(row.periodStart) + 4}`;
  const value = row[propertyOf(column)];
  if (value === null || value === undefined) return '';
  const precision = precisionOf[column];
  if (precision) {
    return formatPartialDate({ date: String(value), precision: row[precision] as DatePrecision });
  }
  return String(value);
}

/** A row of a table as the cells of its file; a missing or null value is an empty cell. */
export function toCells(table: keyof CsvTables, row: object): Cells {
  return Object.fromEntries(
    csvTables[table].columns.map((column) => [
      column,
      cellOf(column, row as Record<string, unknown>),
    ]),
  );
}

export type JsonFieldProblem = { field: string; message: string };

/**
 * A JSON body as CSV cells, so that it is validated exactly as a file row: numbers and
 * booleans become their text, null becomes an empty cell. Nested values are refused.
 */
export function jsonToCells(body: Record<string, unknown>): {
  cells: Cells;
  problems: JsonFieldProblem[];
} {
  const cells: Cells = {};
  const problems: JsonFieldProblem[] = [];
  for (const [field, value] of Object.entries(body)) {
    if (value === null) cells[field] = '';
    else if (typeof value === 'string') cells[field] = value.trim();
    else if (typeof value === 'number' || typeof value === 'boolean') cells[field] = String(value);
    else problems.push({ field, message: 'expected a string, number, boolean or null' });
  }
  return { cells, problems };
}
