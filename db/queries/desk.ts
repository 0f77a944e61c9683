import 'server-only';
import { and, asc, between, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { formatHeadcount, scopeLabels } from '@/lib/format';
import type { RecordEntity } from '@/lib/corrections/record';
import { getDb } from '../client';
import { events, facilities, headcounts, sources } from '../schema';

export type DeskQuery = {
  text: string;
  entity: RecordEntity | null;
  country: string | null;
  from: string | null;
  to: string | null;
};
export type DeskHit = { entity: RecordEntity; id: string; date: string | null; label: string };

const perKind = 25;

/** `%text%` for LIKE, with LIKE's own wildcards in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const matches = (columns: AnyColumn[], text: string): SQL | undefined =>
  text ? or(...columns.map((c) => sql`${c} LIKE ${containing(text)} ESCAPE '\\'`)) : undefined;

/**
 * The editor's desk search: records of each kind whose id or words contain the text, of a
 * country (either side), dated within the range (events and figures); at most 25 of each.
 */
export function searchRecords(q: DeskQuery): DeskHit[] {
  const db = getDb();
  const wants = (entity: RecordEntity) => !q.entity || q.entity === entity;
  const dated = (column: AnyColumn) =>
    q.from || q.to ? between(column, q.from ?? '0000-01-01', q.to ?? '9999-12-31') : undefined;
  const hits: DeskHit[] = [];
  if (wants('events')) {
    const country = q.country
      ? or(eq(events.actorCountry, q.country), eq(events.targetCountry, q.country))
      : undefined;
    const rows = db
      .select()
      .from(events)
      .where(
        and(
          matches([events.id, events.summary, events.reason], q.text),
          country,
          dated(events.occurredOn),
        ),
      )
      .orderBy(asc(events.occurredOn))
      .limit(perKind)
      .all();
    hits.push(
      ...rows.map((r) => ({
        entity: 'events' as const,
        id: r.id,
        date: r.occurredOn,
        label: r.summary,
      })),
    );
  }
  if (wants('headcounts')) {
    const country = q.country
      ? or(eq(headcounts.sendingCountry, q.country), eq(headcounts.hostCountry, q.country))
      : undefined;
    const rows = db
      .select()
      .from(headcounts)
      .where(
        and(
          matches([headcounts.id, headcounts.note], q.text),
          country,
          dated(headcounts.observedOn),
        ),
      )
      .orderBy(asc(headcounts.observedOn))
      .limit(perKind)
      .all();
    hits.push(
      ...rows.map((r) => ({
        entity: 'headcounts' as const,
        id: r.id,
        date: r.observedOn,
        label: `${r.sendingCountry} staff in ${r.hostCountry}, ${scopeLabels[r.scope]}: ${formatHeadcount(r.count, r.bound, r.isEstimate)}`,
      })),
    );
  }
  if (wants('facilities') && !q.from && !q.to) {
    const country = q.country
      ? or(eq(facilities.operatedBy, q.country), eq(facilities.hostCountry, q.country))
      : undefined;
    const rows = db
      .select()
      .from(facilities)
      .where(and(matches([facilities.id, facilities.name, facilities.city], q.text), country))
      .orderBy(asc(facilities.name))
      .limit(perKind)
      .all();
    hits.push(
      ...rows.map((r) => ({
        entity: 'facilities' as const,
        id: r.id,
        date: r.openedOn,
        label: `${r.name} (${r.city})`,
      })),
    );
  }
  if (wants('sources') && !q.country && !q.from && !q.to) {
    const rows = db
      .select()
      .from(sources)
      .where(matches([sources.id, sources.title, sources.publisher], q.text))
      .orderBy(asc(sources.title))
      .limit(perKind)
      .all();
    hits.push(
      ...rows.map((r) => ({
        entity: 'sources' as const,
        id: r.id,
        date: r.publishedOn,
        label: `“${r.title}” — ${r.publisher}`,
      })),
    );
  }
  return hits;
}
