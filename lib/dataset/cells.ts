import type * as schema from '@/db/schema';
import { formatPartialDate } from './dates';
import type { DatePrecision } from './vocabulary';

/**
 * Database rows back into CSV cells, column for column as the files hold them: the inverse
 * of the row schemas in tables.ts. Export writes these; the editor API merges edits into them
 * and validates the result with the same schemas as an import.
 */
type Cells = Record<string, string>;
/** A table's row as the database returns it. */
type Row<Table extends keyof typeof schema> = (typeof schema)[Table] extends {
  $inferSelect: infer R;
}
  ? R
  : never;

const text = (value: string | null | undefined) => value ?? '';
const number = (value: number | null) => (value === null ? '' : String(value));
const flag = (value: boolean | null) => (value === null ? '' : String(value));
const date = (value: string | null, precision: DatePrecision | null) =>
  value && precision ? formatPartialDate({ date: value, precision }) : '';

export const toCells = {
  countries: (r: Row<'countries'>): Cells => ({
    code: r.code,
    name: r.name,
    adjective: r.adjective,
    short_name: r.shortName,
    former_name: text(r.formerName),
    former_adjective: text(r.formerAdjective),
    former_short_name: text(r.formerShortName),
    former_abbreviation: text(r.formerAbbreviation),
    renamed_in: number(r.renamedIn),
  }),
  sources: (r: Row<'sources'>): Cells => ({
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    url: text(r.url),
    published_on: date(r.publishedOn, r.publishedPrecision),
  }),
  events: (r: Row<'events'>): Cells => ({
    id: r.id,
    occurred_on: date(r.occurredOn, r.datePrecision),
    date_note: text(r.dateNote),
    actor_country: r.actorCountry,
    target_country: r.targetCountry,
    is_joint: flag(r.isJoint),
    kind: r.kind,
    people_affected: number(r.peopleAffected),
    people_note: text(r.peopleNote),
    facilities: text(r.facilities),
    facilities_closed: number(r.facilitiesClosed),
    summary: r.summary,
    reason: text(r.reason),
    responds_to: text(r.respondsTo),
    support: r.support,
  }),
  eventSources: (r: Row<'eventSources'>): Cells => ({
    event_id: r.eventId,
    source_id: r.sourceId,
  }),
  headcounts: (r: Row<'headcounts'>): Cells => ({
    id: r.id,
    observed_on: date(r.observedOn, r.datePrecision),
    sending_country: r.sendingCountry,
    host_country: r.hostCountry,
    count: String(r.count),
    bound: r.bound,
    scope: r.scope,
    coverage: r.coverage,
    includes_un_mission: flag(r.includesUnMission),
    is_estimate: flag(r.isEstimate),
    note: text(r.note),
    source_id: r.sourceId,
    support: r.support,
  }),
  articleReferences: (r: Row<'articleReferences'>): Cells => ({
    id: r.id,
    article_slug: r.articleSlug,
    quote: r.quote,
    value: number(r.value),
    bound: text(r.bound),
    aggregate: text(r.aggregate),
    scope: text(r.scope),
    note: text(r.note),
  }),
  articleReferenceEvents: (r: Row<'articleReferenceEvents'>): Cells => ({
    reference_id: r.referenceId,
    event_id: r.eventId,
  }),
  articleReferenceHeadcounts: (r: Row<'articleReferenceHeadcounts'>): Cells => ({
    reference_id: r.referenceId,
    headcount_id: r.headcountId,
  }),
  moments: (r: Row<'moments'>): Cells => ({
    id: r.id,
    occurred_on: date(r.occurredOn, r.datePrecision),
    label: r.label,
    event_id: text(r.eventId),
    source_id: r.sourceId,
  }),
  coverageNotes: (r: Row<'coverageNotes'>): Cells => ({
    sending_country: r.sendingCountry,
    host_country: r.hostCountry,
    period: `${r.periodStart}-${r.periodStart + 4}`,
    note: r.note,
    searched: r.searched,
  }),
};

export type JsonFieldProblem = { field: string; message: string };

/**
 * A JSON body as CSV cells, so that it is validated exactly as a file row: numbers and
 * booleans become their text, null becomes an empty cell. Nested values are refused.
 */
export function jsonToCells(body: Record<string, unknown>): {
  cells: Cells;
  problems: JsonFieldProblem[];
} {
  const cells: Cells = {};
  const problems: JsonFieldProblem[] = [];
  for (const [field, value] of Object.entries(body)) {
    if (value === null) cells[field] = '';
    else if (typeof value === 'string') cells[field] = value.trim();
    else if (typeof value === 'number' || typeof value === 'boolean') cells[field] = String(value);
    else problems.push({ field, message: 'expected a string, number, boolean or null' });
  }
  return { cells, problems };
}
