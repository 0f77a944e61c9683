import 'server-only';
import { sql } from 'drizzle-orm';
import { postKinds, type DatePrecision } from '@/lib/dataset/vocabulary';
import { hostileKinds } from '@/lib/reciprocity/kinds';
import type { LedgerFilter, LedgerPair, LedgerSide } from '@/lib/reciprocity/types';
import { getDb } from '../client';

/** `column IN (the values)`, the list bound as one JSON parameter. */
const isIn = (column: string, values: readonly string[]) =>
  sql`${sql.raw(column)} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;

const columns = [
  'id',
  'occurred_on',
  'date_precision',
  'actor_country',
  'kind',
  'people_affected',
  'summary',
];
const sideOf = (alias: string) =>
  sql.raw(columns.map((column) => `${alias}.${column} AS ${alias}_${column}`).join(', '));

type SideRow = Record<string, string | number | null>;
const read = (row: SideRow, alias: string): LedgerSide => ({
  id: row[`${alias}_id`] as string,
  occurredOn: row[`${alias}_occurred_on`] as string,
  datePrecision: row[`${alias}_date_precision`] as DatePrecision,
  actor: row[`${alias}_actor_country`] as string,
  kind: row[`${alias}_kind`] as string,
  people: row[`${alias}_people_affected`] as number | null,
  summary: row[`${alias}_summary`] as string,
});

/** Measures from `from` to `to` (years) of the given kinds, as SQL on the alias `m`. */
function measuresIn({ from = null, to = null, kinds = [] }: LedgerFilter) {
  return sql`(${from} IS NULL OR m.occurred_on >= ${`${from}-01-01`})
    AND (${to} IS NULL OR m.occurred_on <= ${`${to}-12-31`})
    AND (${kinds.length} = 0 OR ${isIn('m.kind', kinds)})`;
}

/**
 * Every measure and the answer the sources link to it (events.responds_to), with the rules
 * in SQL: the lag in days when both dates are known to the day; "in kind" when the kinds
 * match; "in number" when both name the same number of people; "declined" when the answer
 * was a decision not to act.
 */
export function listLedgerPairs(filter: LedgerFilter = {}): LedgerPair[] {
  const rows = getDb().all<SideRow>(sql`
    SELECT ${sideOf('m')}, ${sideOf('a')},
      CASE WHEN m.date_precision = 'day' AND a.date_precision = 'day'
        THEN CAST(julianday(a.occurred_on) - julianday(m.occurred_on) AS INTEGER) END AS lag_days,
      a.kind = m.kind AS in_kind,
      coalesce(a.people_affected = m.people_affected AND m.people_affected > 0, 0) AS in_number,
      a.kind = 'other' AND coalesce(a.people_affected, 0) = 0 AS declined
    FROM events AS a JOIN events AS m ON m.id = a.responds_to
    WHERE ${measuresIn(filter)}
    ORDER BY m.occurred_on, m.id, a.occurred_on, a.id`);
  return rows.map((row) => ({
    measure: read(row, 'm'),
    answer: read(row, 'a'),
    lagDays: row.lag_days as number | null,
    inKind: row.in_kind === 1,
    inNumber: row.in_number === 1,
    declined: row.declined === 1,
  }));
}

/** Measures against the other side's missions that no recorded event answered. */
export function listUnanswered(filter: LedgerFilter = {}): LedgerSide[] {
  return getDb()
    .all<SideRow>(
      sql`SELECT ${sideOf('m')} FROM events AS m
        WHERE ${isIn('m.kind', hostileKinds)} AND m.is_joint = 0
          AND NOT EXISTS (SELECT 1 FROM events AS a WHERE a.responds_to = m.id)
          AND ${measuresIn(filter)}
        ORDER BY m.occurred_on, m.id`,
    )
    .map((row) => read(row, 'm'));
}

/**
 * Per acting country and day since the country that was renamed took its present name
 * (Russia, 1992): people expelled and posts closed, summed from then. Soviet and Russian
 * diplomats are never one number, so the Soviet years are not carried in.
 */
export function listBalance(): {
  on: string;
  actor: string;
  expelled: number;
  postsClosed: number;
}[] {
  return getDb().all(sql`
    WITH since AS (SELECT coalesce(max(renamed_in), 0) || '-01-01' AS day FROM countries),
    steps AS (
      SELECT occurred_on AS day, actor_country AS actor, coalesce(people_affected, 0) AS expelled,
             0 AS closed
      FROM events WHERE kind = 'expulsion' AND occurred_on >= (SELECT day FROM since)
      UNION ALL
      SELECT e.occurred_on, e.actor_country, 0, 1
      FROM event_facilities AS l JOIN events AS e ON e.id = l.event_id
      JOIN facilities AS f ON f.id = l.facility_id
      WHERE l.role = 'closed' AND e.occurred_on >= (SELECT day FROM since)
        AND ${isIn('f.kind', postKinds)}
    ),
    daily AS (SELECT day, actor, sum(expelled) AS expelled, sum(closed) AS closed
              FROM steps GROUP BY day, actor)
    SELECT day AS "on", actor,
      sum(expelled) OVER (PARTITION BY actor ORDER BY day) AS expelled,
      sum(closed) OVER (PARTITION BY actor ORDER BY day) AS "postsClosed"
    FROM daily ORDER BY day, actor`);
}

const figureFields =
  sql.raw(`h.id, h.observed_on AS "observedOn", h.date_precision AS "datePrecision",
  h.count, h.coverage, s.title AS "sourceTitle", s.publisher AS "sourcePublisher", s.url AS "sourceUrl"`);

export type LimitFigure = {
  id: string;
  observedOn: string;
  datePrecision: DatePrecision;
  count: number;
  coverage: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceUrl: string | null;
};

/**
 * The limits the proposal is held against: the ceilings set in October 1986 for the Soviet
 * (Russian) embassy and consulate in the US, and the 2017 cap on US staff in Russia.
 */
export function getProposalLimits(): { ceiling1986: LimitFigure[]; cap2017: LimitFigure | null } {
  const ceiling1986 = getDb().all<LimitFigure>(sql`
    SELECT ${figureFields} FROM headcounts AS h JOIN sources AS s ON s.id = h.source_id
    WHERE h.scope = 'ceiling' AND h.sending_country = 'RU' AND h.host_country = 'US'
      AND h.coverage IN ('embassy', 'consulates') AND h.observed_on LIKE '1986-10-%'
    ORDER BY h.coverage DESC`);
  const [cap2017] = getDb().all<LimitFigure>(sql`
    SELECT ${figureFields} FROM headcounts AS h JOIN sources AS s ON s.id = h.source_id
    WHERE h.scope = 'ceiling' AND h.sending_country = 'US' AND h.host_country = 'RU'
      AND h.coverage = 'country' AND h.observed_on LIKE '2017-%'
    ORDER BY h.observed_on LIMIT 1`);
  return { ceiling1986, cap2017: cap2017 ?? null };
}
