import 'server-only';
import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { RecordEntity } from '@/lib/corrections/record';
import type { TableName } from '@/lib/dataset/tables';
import type { Db } from './connection';
import {
  articleReferenceEvents,
  articleReferenceHeadcounts,
  articleReferences,
  articles,
  countries,
  coverageNotes,
  eventFacilities,
  eventSources,
  events,
  facilities,
  headcounts,
  moments,
  sources,
  type Event,
  type Facility,
  type Headcount,
  type Source,
} from './schema';

/** Each table of the dataset and the columns that identify a row. */
export const tables: Record<TableName, { table: SQLiteTable; key: SQLiteColumn[] }> = {
  countries: { table: countries, key: [countries.code] },
  sources: { table: sources, key: [sources.id] },
  events: { table: events, key: [events.id] },
  eventSources: { table: eventSources, key: [eventSources.eventId, eventSources.sourceId] },
  facilities: { table: facilities, key: [facilities.id] },
  eventFacilities: {
    table: eventFacilities,
    key: [eventFacilities.eventId, eventFacilities.facilityId],
  },
  headcounts: { table: headcounts, key: [headcounts.id] },
  articles: { table: articles, key: [articles.slug] },
  articleReferences: { table: articleReferences, key: [articleReferences.id] },
  articleReferenceEvents: {
    table: articleReferenceEvents,
    key: [articleReferenceEvents.referenceId, articleReferenceEvents.eventId],
  },
  articleReferenceHeadcounts: {
    table: articleReferenceHeadcounts,
    key: [articleReferenceHeadcounts.referenceId, articleReferenceHeadcounts.headcountId],
  },
  moments: { table: moments, key: [moments.id] },
  coverageNotes: {
    table: coverageNotes,
    key: [coverageNotes.sendingCountry, coverageNotes.hostCountry, coverageNotes.periodStart],
  },
};

/** The row of each kind of record editors write and readers correct. */
type RecordRows = { events: Event; headcounts: Headcount; sources: Source; facilities: Facility };

/** One record by its id, or null. */
export function findRecord<E extends RecordEntity>(
  db: Db,
  entity: E,
  id: string,
): RecordRows[E] | null {
  const { table, key } = tables[entity];
  const row = db.select().from(table).where(eq(key[0]!, id)).get();
  return (row as RecordRows[E] | undefined) ?? null;
}
