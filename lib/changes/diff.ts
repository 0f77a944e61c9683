import { toCells } from '../dataset/cells';
import type { RecordEntity, RecordRef } from '../corrections/record';

/** What a change did to its record, as readers read it. */
export const changeActionLabels = {
  create: 'Added',
  update: 'Changed',
  delete: 'Deleted',
} as const;

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

/** A change to the data as readers see it on /changes and in its feed. */
export type Change = {
  id: number;
  at: string;
  action: keyof typeof changeActionLabels;
  record: RecordRef;
  /** The editor's display name. */
  editor: string;
  fields: FieldChange[];
  /** The reader's correction the change answered. */
  correction: string | null;
};
