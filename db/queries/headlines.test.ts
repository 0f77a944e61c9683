import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '../testing';
import { getHeadlineFigures } from './headlines';

const app = seededAppDatabaseForFile();

describe('getHeadlineFigures', () => {
  it('sums the diplomats and expulsions each side, as SQL over the events would', () => {
    const expected = app.db.all(
      sql`SELECT actor_country AS actor, sum(people_affected) AS people,
            count(*) AS expulsions, CAST(substr(min(occurred_on), 1, 4) AS INTEGER) AS since,
            sum(people_affected IS NULL) AS undisclosed
          FROM events WHERE kind = 'expulsion' GROUP BY actor_country ORDER BY actor_country`,
    );
    expect(getHeadlineFigures().expulsions).toEqual(expected);
  });

  const staffCounts = sql`coverage = 'country' AND scope IN ('diplomats', 'nationals', 'total_staff')`;

  it('gives every figure on the latest date each way', () => {
    const expected = app.db.all<{ key: string; count: number }>(
      sql`SELECT sending_country || '-' || host_country AS key, count FROM headcounts h
          WHERE ${staffCounts} AND observed_on = (
            SELECT max(observed_on) FROM headcounts
            WHERE ${staffCounts} AND sending_country = h.sending_country AND host_country = h.host_country)
          ORDER BY key, scope, id`,
    );
    const actual = getHeadlineFigures().directions.flatMap((d) =>
      d.latest.map((o) => ({ key: d.key, count: o.count })),
    );
    expect(actual).toEqual(expected);
  });

  it('compares the two directions at one scope', () => {
    const { ratio } = getHeadlineFigures();
    const [a] = ratio!.numerator.observations;
    const [b] = ratio!.denominator.observations;
    expect(a!.scope).toBe(ratio!.scope);
    expect(b!.scope).toBe(ratio!.scope);
    expect(ratio!.low).toBeCloseTo(a!.count / b!.count);
  });

  it('finds the peak each way among country-wide staff counts', () => {
    const expected = app.db.all<{ key: string; peak: number }>(
      sql`SELECT sending_country || '-' || host_country AS key, max(count) AS peak FROM headcounts
          WHERE ${staffCounts} AND bound <> 'under' GROUP BY key ORDER BY key`,
    );
    const actual = getHeadlineFigures()
      .directions.map((d) => ({ key: d.key, peak: d.peak?.count }))
      .sort((x, y) => x.key.localeCompare(y.key));
    expect(actual).toEqual(expected);
  });
});
