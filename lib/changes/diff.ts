import { toCells } from '../dataset/cells';
import type { RecordEntity } from '../corrections/record';

/** One column of a record as a change left it: its value before and after, as CSV cells. */
export type FieldChange = { field: string; before: string | null; after: string | null };

/**
 * The columns a change touched, in the file's column order: every column that differs (a
 * created record's filled columns, a deleted record's too). Rows are compared as the CSV
 * file writes them, so a figure reads the same here as in the download.
 */
export function changedFields(
  entity: RecordEntity,
  before: object | null,
  after: object | null,
): FieldChange[] {
  const was = before ? toCells(entity, before) : {};
  const is = after ? toCells(entity, after) : {};
  const columns = Object.keys(before ? was : is);
  return columns.flatMap((field) => {
    const old = before ? (was[field] ?? '') : null;
    const now = after ? (is[field] ?? '') : null;
    if (old === now || ((old ?? '') === '' && (now ?? '') === '')) return [];
    return [{ field, before: old || null, after: now || null }];
  });
}
