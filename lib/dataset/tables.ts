import { z } from 'zod';
import {
  countryCode,
  hostOtherThanSending,
  oneOf,
  optional,
  partialDate,
  requiredText,
  slug,
  wholeNumber,
} from './fields';
import { parseAggregate } from '../articles/aggregates';
import { eventRow, facilityRow, headcountRow, sourceRow } from './editor-rows';
import { claimBounds, facilityRoles, headcountScopes } from './vocabulary';

/**
 * The CSV files of the dataset: for each, its columns, how a row is validated and turned
 * into a database row, its key (for duplicate detection) and the ids it refers to.
 * data/README.md documents the same columns for editors.
 */

const formerNameColumns = [
  'former_name',
  'former_adjective',
  'former_short_name',
  'former_abbreviation',
  'renamed_in',
] as const;

const countryRow = z
  .object({
    code: countryCode,
    name: requiredText,
    adjective: requiredText,
    short_name: requiredText,
    former_name: optional(requiredText),
    former_adjective: optional(requiredText),
    former_short_name: optional(requiredText),
    former_abbreviation: optional(requiredText),
    renamed_in: optional(wholeNumber),
  })
  .refine(
    (row) =>
      formerNameColumns.every((column) => (row[column] === null) === (row.renamed_in === null)),
    {
      path: ['renamed_in'],
      error: `expected all of ${formerNameColumns.join(', ')}, or none of them`,
    },
  )
  .transform((row) => ({
    code: row.code,
    name: row.name,
    adjective: row.adjective,
    shortName: row.short_name,
    formerName: row.former_name,
    formerAdjective: row.former_adjective,
    formerShortName: row.former_short_name,
    formerAbbreviation: row.former_abbreviation,
    renamedIn: row.renamed_in,
  }));

const eventSourceRow = z
  .object({ event_id: slug, source_id: slug })
  .transform((row) => ({ eventId: row.event_id, sourceId: row.source_id }));

const articleReferenceRow = z
  .object({
    id: slug,
    article_slug: slug,
    quote: requiredText,
    value: optional(wholeNumber),
    bound: optional(oneOf(claimBounds)),
    aggregate: optional(
      z.string().refine((name) => parseAggregate(name) !== null, {
        error: 'expected a named aggregate such as expelled_by:US or expelled_by:US:since=1992',
      }),
    ),
    scope: optional(oneOf(headcountScopes)),
    note: optional(requiredText),
  })
  .refine((row) => (row.value === null) === (row.bound === null), {
    path: ['bound'],
    error: 'expected a bound (exact, about, over, under) exactly when there is a value',
  })
  .transform(({ article_slug, ...rest }) => ({ ...rest, articleSlug: article_slug }));

const momentRow = z
  .object({
    id: slug,
    occurred_on: partialDate,
    label: requiredText.max(40, { error: 'expected a short label: at most 40 characters' }),
    event_id: optional(slug),
    source_id: slug,
  })
  .transform((row) => ({
    id: row.id,
    occurredOn: row.occurred_on.date,
    datePrecision: row.occurred_on.precision,
    label: row.label,
    eventId: row.event_id,
    sourceId: row.source_id,
  }));

const fiveYearPeriod = z.string().transform((text, ctx) => {
  const [, start, end] = /^(\d{4})-(\d{4})$/.exec(text) ?? [];
  if (start && end && Number(start) % 5 === 0 && Number(end) === Number(start) + 4) {
    return Number(start);
  }
  ctx.addIssue({ code: 'custom', message: 'expected a five-year period such as 1995-1999' });
  return z.NEVER;
});

const coverageNoteRow = z
  .object({
    sending_country: countryCode,
    host_country: countryCode,
    period: fiveYearPeriod,
    note: requiredText,
    searched: requiredText,
  })
  .refine(...hostOtherThanSending)
  .transform((row) => ({
    sendingCountry: row.sending_country,
    hostCountry: row.host_country,
    periodStart: row.period,
    note: row.note,
    searched: row.searched,
  }));

const eventFacilityRow = z
  .object({ event_id: slug, facility_id: slug, role: oneOf(facilityRoles) })
  .transform((row) => ({ eventId: row.event_id, facilityId: row.facility_id, role: row.role }));

const articleReferenceEventRow = z
  .object({ reference_id: slug, event_id: slug })
  .transform((row) => ({ referenceId: row.reference_id, eventId: row.event_id }));

const articleReferenceHeadcountRow = z
  .object({ reference_id: slug, headcount_id: slug })
  .transform((row) => ({ referenceId: row.reference_id, headcountId: row.headcount_id }));

export type TableName =
  | 'countries'
  | 'sources'
  | 'events'
  | 'eventSources'
  | 'facilities'
  | 'eventFacilities'
  | 'headcounts'
  | 'articles'
  | 'articleReferences'
  | 'articleReferenceEvents'
  | 'articleReferenceHeadcounts'
  | 'moments'
  | 'coverageNotes';

/** A column whose value must be the key of a row in another table. */
type Reference = { column: string; table: TableName };

export type CsvTable<Row> = {
  table: TableName;
  fileName: string;
  columns: readonly string[];
  row: z.ZodType<Row, Record<string, string>>;
  key: (row: Row) => string;
  /** The columns that name the key, for pointing at a duplicate. */
  keyColumns: readonly string[];
  references: readonly Reference[];
};

function csvTable<Row>(spec: CsvTable<Row>): CsvTable<Row> {
  return spec;
}

export const csvTables = {
  countries: csvTable({
    table: 'countries',
    fileName: 'countries.csv',
    columns: Object.keys(countryRow.in.shape),
    row: countryRow,
    key: (row) => row.code,
    keyColumns: ['code'],
    references: [],
  }),
  sources: csvTable({
    table: 'sources',
    fileName: 'sources.csv',
    columns: Object.keys(sourceRow.in.shape),
    row: sourceRow,
    key: (row) => row.id,
    keyColumns: ['id'],
    references: [],
  }),
  events: csvTable({
    table: 'events',
    fileName: 'events.csv',
    columns: Object.keys(eventRow.in.shape),
    row: eventRow,
    key: (row) => row.id,
    keyColumns: ['id'],
    references: [
      { column: 'actor_country', table: 'countries' },
      { column: 'target_country', table: 'countries' },
      { column: 'responds_to', table: 'events' },
    ],
  }),
  eventSources: csvTable({
    table: 'eventSources',
    fileName: 'event-sources.csv',
    columns: ['event_id', 'source_id'],
    row: eventSourceRow,
    key: (row) => `${row.eventId} ${row.sourceId}`,
    keyColumns: ['event_id', 'source_id'],
    references: [
      { column: 'event_id', table: 'events' },
      { column: 'source_id', table: 'sources' },
    ],
  }),
  facilities: csvTable({
    table: 'facilities',
    fileName: 'facilities.csv',
    columns: Object.keys(facilityRow.in.shape),
    row: facilityRow,
    key: (row) => row.id,
    keyColumns: ['id'],
    references: [
      { column: 'operated_by', table: 'countries' },
      { column: 'host_country', table: 'countries' },
      { column: 'opened_source_id', table: 'sources' },
      { column: 'closed_source_id', table: 'sources' },
      { column: 'source_id', table: 'sources' },
    ],
  }),
  eventFacilities: csvTable({
    table: 'eventFacilities',
    fileName: 'event-facilities.csv',
    columns: ['event_id', 'facility_id', 'role'],
    row: eventFacilityRow,
    key: (row) => `${row.eventId} ${row.facilityId}`,
    keyColumns: ['event_id', 'facility_id'],
    references: [
      { column: 'event_id', table: 'events' },
      { column: 'facility_id', table: 'facilities' },
    ],
  }),
  headcounts: csvTable({
    table: 'headcounts',
    fileName: 'headcounts.csv',
    columns: Object.keys(headcountRow.in.shape),
    row: headcountRow,
    key: (row) => row.id,
    keyColumns: ['id'],
    references: [
      { column: 'sending_country', table: 'countries' },
      { column: 'host_country', table: 'countries' },
      { column: 'facility_id', table: 'facilities' },
      { column: 'source_id', table: 'sources' },
    ],
  }),
  articleReferences: csvTable({
    table: 'articleReferences',
    fileName: 'article-references.csv',
    columns: Object.keys(articleReferenceRow.in.shape),
    row: articleReferenceRow,
    key: (row) => row.id,
    keyColumns: ['id'],
    references: [{ column: 'article_slug', table: 'articles' }],
  }),
  articleReferenceEvents: csvTable({
    table: 'articleReferenceEvents',
    fileName: 'article-reference-events.csv',
    columns: ['reference_id', 'event_id'],
    row: articleReferenceEventRow,
    key: (row) => `${row.referenceId} ${row.eventId}`,
    keyColumns: ['reference_id', 'event_id'],
    references: [
      { column: 'reference_id', table: 'articleReferences' },
      { column: 'event_id', table: 'events' },
    ],
  }),
  articleReferenceHeadcounts: csvTable({
    table: 'articleReferenceHeadcounts',
    fileName: 'article-reference-headcounts.csv',
    columns: ['reference_id', 'headcount_id'],
    row: articleReferenceHeadcountRow,
    key: (row) => `${row.referenceId} ${row.headcountId}`,
    keyColumns: ['reference_id', 'headcount_id'],
    references: [
      { column: 'reference_id', table: 'articleReferences' },
      { column: 'headcount_id', table: 'headcounts' },
    ],
  }),
  moments: csvTable({
    table: 'moments',
    fileName: 'moments.csv',
    columns: Object.keys(momentRow.in.shape),
    row: momentRow,
    key: (row) => row.id,
    keyColumns: ['id'],
    references: [
      { column: 'event_id', table: 'events' },
      { column: 'source_id', table: 'sources' },
    ],
  }),
  coverageNotes: csvTable({
    table: 'coverageNotes',
    fileName: 'coverage-notes.csv',
    columns: Object.keys(coverageNoteRow.in.shape),
    row: coverageNoteRow,
    key: (row) => `${row.sendingCountry} ${row.hostCountry} ${row.periodStart}`,
    keyColumns: ['sending_country', 'host_country', 'period'],
    references: [
      { column: 'sending_country', table: 'countries' },
      { column: 'host_country', table: 'countries' },
    ],
  }),
} as const;

export type CsvTables = typeof csvTables;
export type RowOf<T extends keyof CsvTables> = z.output<CsvTables[T]['row']>;

/**
 * The order in which tables are written, so that every row's references exist first.
 * `articles` come from data/articles/*.md, the rest from CSV files.
 */
export const writeOrder = [
  'countries',
  'sources',
  'facilities',
  'events',
  'eventSources',
  'eventFacilities',
  'headcounts',
  'articles',
  'articleReferences',
  'articleReferenceEvents',
  'articleReferenceHeadcounts',
  'moments',
  'coverageNotes',
] as const satisfies readonly TableName[];

export const csvWriteOrder = writeOrder.filter(
  (name): name is keyof CsvTables => name !== 'articles',
);

/** Where a table's rows come from, for messages: a CSV file, or the article files. */
export function sourceFileOf(table: TableName): string {
  return table === 'articles' ? 'data/articles/<slug>.md' : csvTables[table].fileName;
}

export function tableForFileName(fileName: string): CsvTable<unknown> | undefined {
  return Object.values(csvTables).find((spec) => spec.fileName === fileName) as
    CsvTable<unknown> | undefined;
}
