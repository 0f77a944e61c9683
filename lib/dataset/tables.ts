import { z } from 'zod';
import {
  countryCode,
  httpUrl,
  oneOf,
  optional,
  partialDate,
  requiredText,
  slug,
  wholeNumber,
  yesNo,
} from './fields';
import { parseAggregate } from '../articles/aggregates';
import {
  claimBounds,
  eventKinds,
  headcountBounds,
  headcountCoverages,
  headcountScopes,
} from './vocabulary';

/**
 * The CSV files of the dataset: for each, its columns, how a row is validated and turned
 * into a database row, its key (for duplicate detection) and the ids it refers to.
 * data/README.md documents the same columns for editors.
 */

const countryRow = z
  .object({
    code: countryCode,
    name: requiredText,
    adjective: requiredText,
    short_name: requiredText,
  })
  .transform(({ short_name, ...rest }) => ({ ...rest, shortName: short_name }));

const sourceRow = z
  .object({
    id: slug,
    title: requiredText,
    publisher: requiredText,
    url: optional(httpUrl),
    published_on: optional(partialDate),
  })
  .transform(({ published_on, ...rest }) => ({
    ...rest,
    publishedOn: published_on?.date ?? null,
    publishedPrecision: published_on?.precision ?? null,
  }));

const eventRow = z
  .object({
    id: slug,
    occurred_on: partialDate,
    date_note: optional(requiredText),
    actor_country: countryCode,
    target_country: countryCode,
    is_joint: yesNo,
    kind: oneOf(eventKinds),
    people_affected: optional(wholeNumber),
    people_note: optional(requiredText),
    facilities: optional(requiredText),
    facilities_closed: optional(wholeNumber),
    summary: requiredText,
    reason: optional(requiredText),
    responds_to: optional(slug),
  })
  .refine((row) => row.actor_country !== row.target_country, {
    path: ['target_country'],
    error: 'expected a country other than the acting country',
  })
  .refine((row) => row.responds_to !== row.id, {
    path: ['responds_to'],
    error: 'expected another event: an event cannot respond to itself',
  })
  .transform((row) => ({
    id: row.id,
    occurredOn: row.occurred_on.date,
    datePrecision: row.occurred_on.precision,
    dateNote: row.date_note,
    actorCountry: row.actor_country,
    targetCountry: row.target_country,
    isJoint: row.is_joint,
    kind: row.kind,
    peopleAffected: row.people_affected,
    peopleNote: row.people_note,
    facilities: row.facilities,
    facilitiesClosed: row.facilities_closed,
    summary: row.summary,
    reason: row.reason,
    respondsTo: row.responds_to,
  }));

const eventSourceRow = z
  .object({ event_id: slug, source_id: slug })
  .transform((row) => ({ eventId: row.event_id, sourceId: row.source_id }));

const headcountRow = z
  .object({
    id: slug,
    observed_on: partialDate,
    sending_country: countryCode,
    host_country: countryCode,
    count: wholeNumber,
    bound: oneOf(headcountBounds),
    scope: oneOf(headcountScopes),
    coverage: oneOf(headcountCoverages),
    includes_un_mission: optional(yesNo),
    is_estimate: yesNo,
    note: optional(requiredText),
    source_id: slug,
  })
  .refine((row) => row.sending_country !== row.host_country, {
    path: ['host_country'],
    error: 'expected a country other than the sending country',
  })
  .transform((row) => ({
    id: row.id,
    observedOn: row.observed_on.date,
    datePrecision: row.observed_on.precision,
    sendingCountry: row.sending_country,
    hostCountry: row.host_country,
    count: row.count,
    bound: row.bound,
    scope: row.scope,
    coverage: row.coverage,
    includesUnMission: row.includes_un_mission,
    isEstimate: row.is_estimate,
    note: row.note,
    sourceId: row.source_id,
  }));

const articleReferenceRow = z
  .object({
    id: slug,
    article_slug: slug,
    quote: requiredText,
    value: optional(wholeNumber),
    bound: optional(oneOf(claimBounds)),
    aggregate: optional(
      z.string().refine((name) => parseAggregate(name) !== null, {
        error: 'expected a named aggregate such as expelled_by:US',
      }),
    ),
    note: optional(requiredText),
  })
  .refine((row) => (row.value === null) === (row.bound === null), {
    path: ['bound'],
    error: 'expected a bound (exact, about, over, under) exactly when there is a value',
  })
  .transform(({ article_slug, ...rest }) => ({ ...rest, articleSlug: article_slug }));

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
  | 'headcounts'
  | 'articles'
  | 'articleReferences'
  | 'articleReferenceEvents'
  | 'articleReferenceHeadcounts';

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
    columns: ['code', 'name', 'adjective', 'short_name'],
    row: countryRow,
    key: (row) => row.code,
    keyColumns: ['code'],
    references: [],
  }),
  sources: csvTable({
    table: 'sources',
    fileName: 'sources.csv',
    columns: ['id', 'title', 'publisher', 'url', 'published_on'],
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
  'events',
  'eventSources',
  'headcounts',
  'articles',
  'articleReferences',
  'articleReferenceEvents',
  'articleReferenceHeadcounts',
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
