import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  claimBounds,
  datePrecisions,
  eventKinds,
  facilityKinds,
  facilityRoles,
  headcountBounds,
  headcountCoverages,
  headcountScopes,
  supportLevels,
} from '@/lib/dataset/vocabulary';

/** `col IN ('a', 'b')` for a CHECK constraint, built from the shared vocabulary. */
function isOneOf(column: AnySQLiteColumn, values: readonly string[]): SQL {
  return sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;
}

/**
 * Dates are stored as full ISO days (the first day of the month or year for coarser
 * precision) so that they sort and range-filter with an index; the precision column says
 * how much of the date is known.
 */
function isDateAtPrecision(date: AnySQLiteColumn, precision: AnySQLiteColumn): SQL {
  return sql`(${date} = date(${date}) AND (
    (${precision} = 'day') OR
    (${precision} = 'month' AND substr(${date}, 9, 2) = '01') OR
    (${precision} = 'year' AND substr(${date}, 6, 5) = '01-01')))`;
}

/** Optional date columns: both the date and its precision, or neither. */
function isOptionalDate(date: AnySQLiteColumn, precision: AnySQLiteColumn): SQL {
  return sql`(${date} IS NULL AND ${precision} IS NULL) OR ${isDateAtPrecision(date, precision)}`;
}

const slug = (column: AnySQLiteColumn) =>
  sql`${column} GLOB '[a-z0-9]*' AND ${column} NOT GLOB '*[^a-z0-9-]*'`;

export const countries = sqliteTable(
  'countries',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    /** For labels such as "Russian staff in the US". */
    adjective: text('adjective').notNull(),
    shortName: text('short_name').notNull(),
    /**
     * What the country was called before `renamedIn` (a year): the Soviet Union for RU
     * until 1991. Labels of figures and events before that year use these names.
     */
    formerName: text('former_name'),
    formerAdjective: text('former_adjective'),
    formerShortName: text('former_short_name'),
    formerAbbreviation: text('former_abbreviation'),
    renamedIn: integer('renamed_in'),
  },
  (t) => [
    check('countries_code_is_alpha2', sql`${t.code} GLOB '[A-Z][A-Z]'`),
    check(
      'countries_former_names_complete',
      sql`(${t.renamedIn} IS NULL) = (${t.formerName} IS NULL) AND (${t.renamedIn} IS NULL) = (${t.formerAdjective} IS NULL) AND (${t.renamedIn} IS NULL) = (${t.formerShortName} IS NULL) AND (${t.renamedIn} IS NULL) = (${t.formerAbbreviation} IS NULL)`,
    ),
  ],
);

export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    publisher: text('publisher').notNull(),
    url: text('url'),
    publishedOn: text('published_on'),
    publishedPrecision: text('published_precision', { enum: datePrecisions }),
  },
  (t) => [
    check('sources_id_is_slug', slug(t.id)),
    check('sources_url_is_http', sql`${t.url} IS NULL OR ${t.url} GLOB 'http*://*'`),
    check('sources_published_date', isOptionalDate(t.publishedOn, t.publishedPrecision)),
  ],
);

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    occurredOn: text('occurred_on').notNull(),
    datePrecision: text('date_precision', { enum: datePrecisions }).notNull(),
    dateNote: text('date_note'),
    actorCountry: text('actor_country')
      .notNull()
      .references(() => countries.code),
    targetCountry: text('target_country')
      .notNull()
      .references(() => countries.code),
    isJoint: integer('is_joint', { mode: 'boolean' }).notNull().default(false),
    kind: text('kind', { enum: eventKinds }).notNull(),
    peopleAffected: integer('people_affected'),
    peopleNote: text('people_note'),
    facilities: text('facilities'),
    facilitiesClosed: integer('facilities_closed'),
    summary: text('summary').notNull(),
    reason: text('reason'),
    respondsTo: text('responds_to').references((): AnySQLiteColumn => events.id),
    support: text('support', { enum: supportLevels }).notNull().default('single_source'),
  },
  (t) => [
    // Lists are ordered by (occurred_on, id) and paged by it: each filter's index ends so.
    index('events_chronology').on(t.occurredOn, t.id),
    index('events_actor_chronology').on(t.actorCountry, t.occurredOn, t.id),
    index('events_kind_chronology').on(t.kind, t.occurredOn, t.id),
    index('events_responds_to').on(t.respondsTo),
    // Expulsions with no number disclosed, counted for the headline (a handful of rows).
    index('events_undisclosed')
      .on(t.actorCountry)
      .where(sql`${t.kind} = 'expulsion' AND ${t.peopleAffected} IS NULL`),
    check('events_id_is_slug', slug(t.id)),
    check('events_date', isDateAtPrecision(t.occurredOn, t.datePrecision)),
    check('events_kind', isOneOf(t.kind, eventKinds)),
    check('events_two_countries', sql`${t.actorCountry} <> ${t.targetCountry}`),
    check(
      'events_people_not_negative',
      sql`${t.peopleAffected} IS NULL OR ${t.peopleAffected} >= 0`,
    ),
    check(
      'events_facilities_not_negative',
      sql`${t.facilitiesClosed} IS NULL OR ${t.facilitiesClosed} >= 0`,
    ),
    check('events_not_own_response', sql`${t.respondsTo} IS NULL OR ${t.respondsTo} <> ${t.id}`),
    check('events_support', isOneOf(t.support, supportLevels)),
  ],
);

export const eventSources = sqliteTable(
  'event_sources',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.sourceId] }),
    index('event_sources_source').on(t.sourceId),
  ],
);

/** A diplomatic post or property of one country in another, with the dates it opened and closed. */
export const facilities = sqliteTable(
  'facilities',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    operatedBy: text('operated_by')
      .notNull()
      .references(() => countries.code),
    hostCountry: text('host_country')
      .notNull()
      .references(() => countries.code),
    city: text('city').notNull(),
    kind: text('kind', { enum: facilityKinds }).notNull(),
    latitude: real('latitude'),
    longitude: real('longitude'),
    openedOn: text('opened_on'),
    openedPrecision: text('opened_precision', { enum: datePrecisions }),
    openedSourceId: text('opened_source_id').references(() => sources.id),
    closedOn: text('closed_on'),
    closedPrecision: text('closed_precision', { enum: datePrecisions }),
    closedSourceId: text('closed_source_id').references(() => sources.id),
    dateNote: text('date_note'),
    note: text('note'),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    // The map's "as it stood on a day": each side's facilities by host and dates.
    index('facilities_side').on(t.operatedBy, t.hostCountry, t.openedOn, t.closedOn),
    check('facilities_id_is_slug', slug(t.id)),
    check('facilities_kind', isOneOf(t.kind, facilityKinds)),
    check('facilities_two_countries', sql`${t.operatedBy} <> ${t.hostCountry}`),
    check('facilities_opened', isOptionalDate(t.openedOn, t.openedPrecision)),
    check('facilities_closed', isOptionalDate(t.closedOn, t.closedPrecision)),
    check(
      'facilities_closed_after_opened',
      sql`${t.openedOn} IS NULL OR ${t.closedOn} IS NULL OR ${t.openedOn} <= ${t.closedOn}`,
    ),
    check('facilities_position', sql`(${t.latitude} IS NULL) = (${t.longitude} IS NULL)`),
  ],
);

/** Which events opened, suspended, closed, reopened or otherwise touched which facilities. */
export const eventFacilities = sqliteTable(
  'event_facilities',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    facilityId: text('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    role: text('role', { enum: facilityRoles }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.facilityId] }),
    index('event_facilities_facility').on(t.facilityId),
    check('event_facilities_role', isOneOf(t.role, facilityRoles)),
  ],
);

export const headcounts = sqliteTable(
  'headcounts',
  {
    id: text('id').primaryKey(),
    observedOn: text('observed_on').notNull(),
    datePrecision: text('date_precision', { enum: datePrecisions }).notNull(),
    sendingCountry: text('sending_country')
      .notNull()
      .references(() => countries.code),
    hostCountry: text('host_country')
      .notNull()
      .references(() => countries.code),
    count: integer('count').notNull(),
    bound: text('bound', { enum: headcountBounds }).notNull().default('exact'),
    scope: text('scope', { enum: headcountScopes }).notNull(),
    coverage: text('coverage', { enum: headcountCoverages }).notNull(),
    /** The one post the figure covers, when it covers exactly one. */
    facilityId: text('facility_id').references((): AnySQLiteColumn => facilities.id),
    includesUnMission: integer('includes_un_mission', { mode: 'boolean' }),
    isEstimate: integer('is_estimate', { mode: 'boolean' }).notNull().default(false),
    note: text('note'),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    support: text('support', { enum: supportLevels }).notNull().default('single_source'),
  },
  (t) => [
    index('headcounts_facility').on(t.facilityId),
    index('headcounts_series').on(t.sendingCountry, t.hostCountry, t.scope, t.observedOn),
    // Covers the chart's count and monthly summary of a scope (no table reads at any size).
    index('headcounts_chart').on(
      t.scope,
      t.coverage,
      t.observedOn,
      t.sendingCountry,
      t.hostCountry,
      t.count,
    ),
    index('headcounts_source').on(t.sourceId),
    // The headline's peak each way: walked from the largest count down.
    index('headcounts_peak').on(t.sendingCountry, t.hostCountry, t.count),
    check('headcounts_id_is_slug', slug(t.id)),
    check('headcounts_date', isDateAtPrecision(t.observedOn, t.datePrecision)),
    check('headcounts_two_countries', sql`${t.sendingCountry} <> ${t.hostCountry}`),
    check('headcounts_count_not_negative', sql`${t.count} >= 0`),
    check('headcounts_bound', isOneOf(t.bound, headcountBounds)),
    check('headcounts_scope', isOneOf(t.scope, headcountScopes)),
    check('headcounts_coverage', isOneOf(t.coverage, headcountCoverages)),
    check('headcounts_support', isOneOf(t.support, supportLevels)),
  ],
);

export const articles = sqliteTable(
  'articles',
  {
    slug: text('slug').primaryKey(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    publishedOn: text('published_on').notNull(),
    datePrecision: text('date_precision', { enum: datePrecisions }).notNull(),
    url: text('url'),
    /** The article as a source, so that the figures it states can cite it. */
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    /** A report the article's figures and wording closely follow, cited beside it. */
    followsSourceId: text('follows_source_id').references(() => sources.id),
  },
  (t) => [
    check('articles_slug_is_slug', slug(t.slug)),
    check('articles_date', isDateAtPrecision(t.publishedOn, t.datePrecision)),
  ],
);

/**
 * A passage of an article tied to the data: a figure it states (value and bound, checked
 * against the data) or a mention of events. Its targets are the events or observations it
 * refers to (the two tables below); a named aggregate (e.g. `expelled_by:US`) is computed
 * from the data instead.
 */
export const articleReferences = sqliteTable(
  'article_references',
  {
    id: text('id').primaryKey(),
    articleSlug: text('article_slug')
      .notNull()
      .references(() => articles.slug, { onDelete: 'cascade' }),
    quote: text('quote').notNull(),
    value: integer('value'),
    bound: text('bound', { enum: claimBounds }),
    aggregate: text('aggregate'),
    /** What the figure counts, as the data's scopes: it is checked only against figures of this scope. */
    scope: text('scope', { enum: headcountScopes }),
    note: text('note'),
  },
  (t) => [
    index('article_references_article').on(t.articleSlug),
    check('article_references_id_is_slug', slug(t.id)),
    check('article_references_value_not_negative', sql`${t.value} IS NULL OR ${t.value} >= 0`),
    check('article_references_value_has_bound', sql`(${t.value} IS NULL) = (${t.bound} IS NULL)`),
    check('article_references_bound', sql`${t.bound} IS NULL OR ${isOneOf(t.bound, claimBounds)}`),
    check(
      'article_references_scope',
      sql`${t.scope} IS NULL OR ${isOneOf(t.scope, headcountScopes)}`,
    ),
  ],
);

/** The events a reference points at. */
export const articleReferenceEvents = sqliteTable(
  'article_reference_events',
  {
    referenceId: text('reference_id')
      .notNull()
      .references(() => articleReferences.id, { onDelete: 'cascade' }),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.referenceId, t.eventId] }),
    index('article_reference_events_event').on(t.eventId),
  ],
);

/** The headcount observations a reference points at. */
export const articleReferenceHeadcounts = sqliteTable(
  'article_reference_headcounts',
  {
    referenceId: text('reference_id')
      .notNull()
      .references(() => articleReferences.id, { onDelete: 'cascade' }),
    headcountId: text('headcount_id')
      .notNull()
      .references(() => headcounts.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.referenceId, t.headcountId] })],
);

/**
 * The moments that explain a step in the record ("1986 parity ceilings", "2017 cap of
 * 455"), drawn as labelled marks on the chart's time axis. Chosen in the data, each with
 * its source; `eventId` links the event it stands for, if there is one.
 */
export const moments = sqliteTable(
  'moments',
  {
    id: text('id').primaryKey(),
    occurredOn: text('occurred_on').notNull(),
    datePrecision: text('date_precision', { enum: datePrecisions }).notNull(),
    label: text('label').notNull(),
    eventId: text('event_id').references(() => events.id),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    index('moments_chronology').on(t.occurredOn),
    check('moments_id_is_slug', slug(t.id)),
    check('moments_date', isDateAtPrecision(t.occurredOn, t.datePrecision)),
    check('moments_label_short', sql`length(${t.label}) BETWEEN 1 AND 40`),
  ],
);

/**
 * What was searched for a direction and five-year period, and what the public record
 * holds: written where the data has no staffing figure (or a thin one), so that a gap is
 * explained instead of left blank.
 */
export const coverageNotes = sqliteTable(
  'coverage_notes',
  {
    sendingCountry: text('sending_country')
      .notNull()
      .references(() => countries.code),
    hostCountry: text('host_country')
      .notNull()
      .references(() => countries.code),
    periodStart: integer('period_start').notNull(),
    note: text('note').notNull(),
    searched: text('searched').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sendingCountry, t.hostCountry, t.periodStart] }),
    check('coverage_notes_period', sql`${t.periodStart} % 5 = 0`),
    check('coverage_notes_two_countries', sql`${t.sendingCountry} <> ${t.hostCountry}`),
  ],
);

export type Country = typeof countries.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type Event = typeof events.$inferSelect;
export type EventSource = typeof eventSources.$inferSelect;
export type Headcount = typeof headcounts.$inferSelect;
export type Facility = typeof facilities.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type ArticleReference = typeof articleReferences.$inferSelect;
export type Moment = typeof moments.$inferSelect;
export type CoverageNote = typeof coverageNotes.$inferSelect;

/**
 * A counter bumped by every write that changes data, in the same transaction. Cached pages
 * remember the revision they were rendered at and are re-rendered once it moves, whichever
 * process wrote (the app, or an import from the command line).
 */
export const datasetRevision = sqliteTable(
  'dataset_revision',
  {
    id: integer('id').primaryKey(),
    revision: integer('revision').notNull(),
    changedAt: text('changed_at').notNull(),
  },
  (t) => [check('dataset_revision_single_row', sql`${t.id} = 1`)],
);

/**
 * Events counted per year, acting country and kind, kept current by triggers on `events`
 * (db/migrations/0004_*.sql), so that totals and the year chart read a few rows instead of
 * summing every event, however many there are.
 */
export const eventYearTotals = sqliteTable(
  'event_year_totals',
  {
    year: integer('year').notNull(),
    actorCountry: text('actor_country').notNull(),
    kind: text('kind', { enum: eventKinds }).notNull(),
    events: integer('events').notNull(),
    people: integer('people').notNull(),
    facilitiesClosed: integer('facilities_closed').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.actorCountry, t.kind] })],
);

/**
 * The people who may edit. A token is shown once when the editor is added and kept only as
 * its SHA-256 (the token is 256 random bits: a fast hash is enough, nothing to guess).
 */
export const editors = sqliteTable(
  'editors',
  {
    name: text('name').primaryKey(),
    /** Shown to readers beside each change on /changes. */
    displayName: text('display_name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    addedAt: text('added_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [check('editors_name_is_slug', slug(t.name))],
);

/**
 * Signed-in browsers. The cookie holds a random id; only its SHA-256 is stored, with the
 * hash of the credential it was opened with, so that a revoked editor or a changed
 * EDITOR_TOKEN ends it. `editor` is an editor's name or `bootstrap` (EDITOR_TOKEN).
 */
export const editorSessions = sqliteTable(
  'editor_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    editor: text('editor').notNull(),
    credentialHash: text('credential_hash').notNull(),
    openedAt: integer('opened_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
  },
  (t) => [index('editor_sessions_editor').on(t.editor)],
);

/**
 * Counters of rate limits (failed sign-ins per address and per editor's name, corrections
 * per address), shared by every process: the table rate-limiter-flexible's
 * RateLimiterSQLite reads and writes. `key` is the limit's prefix and its key.
 */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: integer('expire'),
});

export const correctionStatuses = ['open', 'accepted', 'rejected'] as const;

/**
 * A reader's suggested correction of one record: only what the form asks for. The
 * reference is random, so that status pages cannot be walked through; the contact is
 * shown to editors only.
 */
export const corrections = sqliteTable(
  'corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull().unique(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    problem: text('problem').notNull(),
    correctValue: text('correct_value').notNull(),
    sourceUrl: text('source_url'),
    contact: text('contact'),
    submittedAt: text('submitted_at').notNull(),
    status: text('status', { enum: correctionStatuses }).notNull().default('open'),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
    reason: text('reason'),
  },
  (t) => [
    index('corrections_queue').on(t.status, t.id),
    check('corrections_status', isOneOf(t.status, correctionStatuses)),
    check(
      'corrections_entity',
      sql`${t.entity} IN ('events', 'headcounts', 'sources', 'facilities')`,
    ),
  ],
);

export type Correction = typeof corrections.$inferSelect;

/** Every write made through the editor API, in the same transaction as the write itself. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    /** The editor's name (editors.name, or `bootstrap`). */
    editor: text('editor').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    /** The reader's correction this change answered. */
    correctionId: integer('correction_id').references(() => corrections.id),
  },
  (t) => [
    index('audit_log_entity').on(t.entity, t.entityId),
    check('audit_log_action', sql`${t.action} IN ('create', 'update', 'delete')`),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
