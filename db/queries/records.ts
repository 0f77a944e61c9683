import 'server-only';
import { recordLabels } from '@/lib/corrections/labels';
import type { RecordRef } from '@/lib/corrections/record';
import { formatDate } from '@/lib/format';
import { getDb } from '../client';
import { findRecord } from '../table-keys';

/**
 * One line naming a record for readers (a correction's form and status page), dated when
 * the record has a date of its own; null if it does not exist.
 */
export function describeRecord({ entity, id }: RecordRef): string | null {
  const db = getDb();
  if (entity === 'events') {
    const row = findRecord(db, entity, id);
    return row && `${formatDate(row.occurredOn, row.datePrecision)}: ${recordLabels.events(row)}`;
  }
  if (entity === 'headcounts') {
    const row = findRecord(db, entity, id);
    return (
      row && `${formatDate(row.observedOn, row.datePrecision)}: ${recordLabels.headcounts(row)}`
    );
  }
  if (entity === 'facilities') {
    const row = findRecord(db, entity, id);
    return row && recordLabels.facilities(row);
  }
  const row = findRecord(db, entity, id);
  return row && recordLabels.sources(row);
}
