import 'server-only';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { TableName } from '@/lib/dataset/tables';
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
