import 'server-only';
import { asc, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import { indexCountries, namesOf, renamingYears, type CountryNames } from '@/lib/countries/names';
import { getDb } from '../client';
import { countries } from '../schema';

/** Every country with its names, former names included; memoised per request. */
export const listCountries = cache((): CountryNames[] =>
  getDb().select().from(countries).orderBy(asc(countries.code)).all(),
);

/**
 * How a country is shown on a date: "USSR" for RU before 1992, the code after. Reads the
 * countries once, for everything it labels.
 */
export function countryLabeller(): (code: string, date: string) => string {
  const countries = indexCountries(listCountries());
  return (code, date) => namesOf(countries, code, Number(date.slice(0, 4))).abbreviation;
}

/** Events with their countries as shown for their dates (`actorLabel`, `targetLabel`). */
export function partyLabeller() {
  const labelOf = countryLabeller();
  return <T extends { actorCountry: string; targetCountry: string; occurredOn: string }>(
    event: T,
  ): T & { actorLabel: string; targetLabel: string } => ({
    ...event,
    actorLabel: labelOf(event.actorCountry, event.occurredOn),
    targetLabel: labelOf(event.targetCountry, event.occurredOn),
  });
}

/**
 * The era of a year as SQL: how many renamings (RU in 1992) came at or before it, so that
 * sums never add Soviet and Russian diplomats together. Literals, so that SQLite compares
 * integers and can group by the expression.
 */
export function eraOf(year: SQL): SQL<number> {
  const splits = renamingYears(listCountries());
  return sql<number>`(${sql.join(
    [sql`0`, ...splits.map((split) => sql`(${year} >= ${sql.raw(String(split))})`)],
    sql` + `,
  )})`;
}
