import http from 'node:http';
import Database from 'better-sqlite3';
import { labelExpelledBy, namesAt, type CountryNames } from '../lib/countries/names';
import type { ActorSums } from '../lib/events/types';

// The floor: the least any server could do to answer GET /api/events?year=Y — node:http,
// better-sqlite3 and the same three queries as the app (the page, its sources, the year's
// totals), with no framework, validation, ORM or headers. The app's req/s is measured
// against this in the same run. Usage: tsx bench/floor-server.ts <database> <port>
const [databasePath, port = '3302'] = process.argv.slice(2);
if (!databasePath) throw new Error('usage: floor-server.ts <database> [port]');

const db = new Database(databasePath, { readonly: true });
const pageSize = 50;
const pageOfYear = db.prepare(
  `SELECT id, occurred_on AS occurredOn, date_precision AS datePrecision, date_note AS dateNote,
     actor_country AS actorCountry, target_country AS targetCountry, is_joint AS isJoint, kind,
     people_affected AS peopleAffected, people_note AS peopleNote, facilities,
     facilities_closed AS facilitiesClosed, summary, reason, responds_to AS respondsTo, support
   FROM events WHERE occurred_on >= ? AND occurred_on <= ?
   ORDER BY occurred_on, id LIMIT ${pageSize + 1}`,
);
// Countries and their former names (RU is the Soviet Union before 1992), read once.
const countries = db
  .prepare(
    `SELECT code, name, adjective, short_name AS shortName, former_name AS formerName,
       former_adjective AS formerAdjective, former_short_name AS formerShortName,
       former_abbreviation AS formerAbbreviation, renamed_in AS renamedIn
     FROM countries ORDER BY code`,
  )
  .all() as CountryNames[];
const renamedIn = countries.map((c) => c.renamedIn).find((year) => year !== null) ?? 9999;
const totalsOfYear = db.prepare(
  `SELECT actor_country AS actor, (year >= ${renamedIn}) AS era, min(year) AS year,
     sum(events) AS events,
     coalesce(sum(CASE WHEN kind = 'expulsion' THEN people END), 0) AS expelled,
     sum(facilities_closed) AS facilitiesClosed
   FROM event_year_totals WHERE year >= ? AND year <= ?
   GROUP BY actor_country, era ORDER BY actor_country, era`,
);

const abbreviation = (code: string, year: number) => {
  const country = countries.find((c) => c.code === code);
  return country ? namesAt(country, year).abbreviation : code;
};

type EventRow = {
  id: string;
  occurredOn: string;
  isJoint: number;
  actorCountry: string;
  targetCountry: string;
};
type SourceRow = { eventId: string; id: string; title: string; publisher: string; url: string };
type TotalsRow = ActorSums;

function sourcesOf(ids: string[]): Map<string, Omit<SourceRow, 'eventId'>[]> {
  const rows = db
    .prepare(
      `SELECT es.event_id AS eventId, s.id, s.title, s.publisher, s.url
       FROM event_sources es JOIN sources s ON s.id = es.source_id
       WHERE es.event_id IN (${ids.map(() => '?').join(',')})
       ORDER BY s.publisher, s.title`,
    )
    .all(...ids) as SourceRow[];
  const byEvent = new Map<string, Omit<SourceRow, 'eventId'>[]>();
  for (const { eventId, ...source } of rows)
    byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), source]);
  return byEvent;
}

function eventsOfYear(year: number) {
  const rows = pageOfYear.all(`${year}-01-01`, `${year}-12-31`) as EventRow[];
  const page = rows.slice(0, pageSize);
  const sources = page.length ? sourcesOf(page.map((e) => e.id)) : new Map();
  const last = page.at(-1);
  const totals = totalsOfYear.all(year, year) as TotalsRow[];
  return {
    events: page.map((e) => ({
      ...e,
      isJoint: e.isJoint === 1,
      actorLabel: abbreviation(e.actorCountry, year),
      targetLabel: abbreviation(e.targetCountry, year),
      sources: sources.get(e.id) ?? [],
    })),
    nextCursor:
      rows.length > pageSize && last
        ? Buffer.from(JSON.stringify([last.occurredOn, last.id])).toString('base64url')
        : null,
    totals: {
      events: totals.reduce((n, r) => n + r.events, 0),
      facilitiesClosed: totals.reduce((n, r) => n + r.facilitiesClosed, 0),
      expelledBy: labelExpelledBy(totals, countries),
    },
  };
}

http
  .createServer((request, response) => {
    const year = Number(new URL(request.url ?? '/', 'http://floor').searchParams.get('year'));
    if (!Number.isInteger(year)) {
      response.writeHead(400).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(eventsOfYear(year)));
  })
  .listen(Number(port), '127.0.0.1');
