import { recordName, type RecordRef } from '../corrections/record';

/** Changes on a page of /changes, and in its feed (whose entries link into the first page). */
export const changesPageSize = 50;

/** The changelog, or one record's history in it. */
export function changesHref(record?: RecordRef, before?: number): string {
  const query = new URLSearchParams();
  if (record) query.set('record', recordName(record));
  if (before) query.set('before', String(before));
  const search = query.toString();
  return search ? `/changes?${search}` : '/changes';
}

/** Where a change answering a reader's correction is shown: the changelog, at the correction. */
export const changeAnchor = (reference: string) => `/changes?correction=${reference}`;
