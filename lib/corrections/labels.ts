import type { Event, Facility, Headcount, Source } from '@/db/schema';
import { formatHeadcount, scopeLabels } from '../format';

/**
 * Each kind of record named in one line, without its date (shown beside it, or put before
 * it by describeRecord): the editor's desk lists them, a correction names its record so.
 */
export const recordLabels = {
  events: (row: Event) => row.summary,
  headcounts: (row: Headcount) =>
    `${row.sendingCountry} staff in ${row.hostCountry}, ${scopeLabels[row.scope]}: ${formatHeadcount(row.count, row.bound, row.isEstimate)}`,
  facilities: (row: Facility) => `${row.name} (${row.city})`,
  sources: (row: Source) => `“${row.title}” — ${row.publisher}`,
};
