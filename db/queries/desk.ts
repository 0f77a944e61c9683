import 'server-only';
import { and, asc, between, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { recordLabels } from '@/lib/corrections/labels';
import { recordEntities, type RecordEntity } from '@/lib/corrections/record';
import { getDb } from '../client';
import {
  events,
  facilities,
  headcounts,
  sources,
  type Event,
  type Facility,
  type Headcount,
  type Source,
} from '../schema';

export type DeskQuery = {
  text: string;
  entity: RecordEntity | null;
  country: string | null;
  from: string | null;
  to: string | null;
};
export type DeskHit = { entity: RecordEntity; id: string; date: string | null; label: string };

const perKind = 25;

/** How each kind of record is searched: its words, its countries, its date, its label. */
type Searchable<Row> = {
  table: SQLiteTable;
  words: AnyColumn[];
  /** Either side; a kind without countries (sources) is left out of a country search. */
  countries: AnyColumn[];
  /** A kind without a date of its own (posts, sources) is left out of a dated search. */
  date: AnyColumn | null;
  order: AnyColumn;
  hit: (row: Row) => Omit<DeskHit, 'entity'>;
};

const searchable = {
  events: {
    table: events,
    words: [events.id, events.summary, events.reason],
    countries: [events.actorCountry, events.targetCountry],
    date: events.occurredOn,
    order: events.occurredOn,
    hit: (r: Event) => ({ id: r.id, date: r.occurredOn, label: recordLabels.events(r) }),
  },
  headcounts: {
    table: headcounts,
    words: [headcounts.id, headcounts.note],
    countries: [headcounts.sendingCountry, headcounts.hostCountry],
    date: headcounts.observedOn,
    order: headcounts.observedOn,
    hit: (r: Headcount) => ({ id: r.id, date: r.observedOn, label: recordLabels.headcounts(r) }),
  },
  facilities: {
    table: facilities,
    words: [facilities.id, facilities.name, facilities.city],
    countries: [facilities.operatedBy, facilities.hostCountry],
    date: null,
    order: facilities.name,
    hit: (r: Facility) => ({ id: r.id, date: r.openedOn, label: recordLabels.facilities(r) }),
  },
  sources: {
    table: sources,
    words: [sources.id, sources.title, sources.publisher],
    countries: [],
    date: null,
    order: sources.title,
    hit: (r: Source) => ({ id: r.id, date: r.publishedOn, label: recordLabels.sources(r) }),
  },
} satisfies { [E in RecordEntity]: Searchable<never> };

/** `%text%` for LIKE, with LIKE's own wildcards in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(kind: Searchable<never>, q: DeskQuery): SQL[] | null {
  const found: SQL[] = [];
  if (q.text)
    found.push(or(...kind.words.map((c) => sql`${c} LIKE ${containing(q.text)} ESCAPE '\\'`))!);
  if (q.country) {
    if (!kind.countries.length) return null;
    found.push(or(...kind.countries.map((c) => eq(c, q.country!)))!);
  }
  if (q.from || q.to) {
    if (!kind.date) return null;
    found.push(between(kind.date, q.from ?? '0000-01-01', q.to ?? '9999-12-31'));
  }
  return found;
}

/**
 * The editor's desk search: records of each kind whose id or words contain the text, of a
 * country (either side), dated within the range; at most 25 of each kind.
 */
export function searchRecords(q: DeskQuery): DeskHit[] {
  return recordEntities.flatMap((entity) => {
    if (q.entity && q.entity !== entity) return [];
    const kind = searchable[entity] as Searchable<never>;
    const where = conditions(kind, q);
    if (!where) return [];
    const rows = getDb()
      .select()
      .from(kind.table)
      .where(and(...where))
      .orderBy(asc(kind.order))
      .limit(perKind)
      .all() as never[];
    return rows.map((row) => ({ entity, ...kind.hit(row) }));
  });
}
