import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '../testing';
import { getHeadlineFigures } from './headlines';

const app = seededAppDatabaseForFile();

describe('getHeadlineFigures', () => {
  it('sums the diplomats and expulsions each side, Soviet era and since 1992 apart, as SQL would', () => {
    const expected = app.db.all(
      sql`SELECT actor_country AS actor, occurred_on >= '1992' AS era, sum(people_affected) AS people,
            count(*) AS expulsions, CAST(substr(min(occurred_on), 1, 4) AS INTEGER) AS "from",
            sum(people_affected IS NULL) AS undisclosed
          FROM events WHERE kind = 'expulsion' GROUP BY actor, era ORDER BY actor, era DESC`,
    );
    const actual = getHeadlineFigures().expulsions.map(
      ({ actor, era, people, expulsions, from, undisclosed }) => ({
        actor,
        era,
        people,
        expulsions,
        from,
        undisclosed,
      }),
    );
    expect(actual).toEqual(expected);
    const names = getHeadlineFigures().expulsions.map((e) => `${e.actorName} ${e.targetAdjective}`);
    expect(names).toEqual(['Russia US', 'the Soviet Union US', 'the US Russian', 'the US Soviet']);
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

  it('compares like with like: the latest pair of one scope, country-wide, within 12 months', () => {
    const { ratio } = getHeadlineFigures();
    const [pair] = app.db.all<{ a: string; b: string; scope: string }>(
      sql`SELECT x.observed_on AS a, y.observed_on AS b, x.scope AS scope
          FROM headcounts x JOIN headcounts y ON x.scope = y.scope
          WHERE x.sending_country = 'RU' AND y.sending_country = 'US'
            AND x.coverage = 'country' AND y.coverage = 'country'
            AND x.bound = 'exact' AND y.bound = 'exact'
            AND x.scope IN ('diplomats', 'nationals', 'total_staff')
            AND date(x.observed_on, '+12 months') >= y.observed_on
            AND date(y.observed_on, '+12 months') >= x.observed_on
          ORDER BY min(x.observed_on, y.observed_on) DESC, max(x.observed_on, y.observed_on) DESC
          LIMIT 1`,
    );
    // Every figure of that scope on each of the two dates; conflicting figures give a spread.
    const counts = (sending: string, on: string) =>
      app.db
        .all<{ count: number }>(
          sql`SELECT count FROM headcounts WHERE sending_country = ${sending} AND scope = ${pair!.scope}
              AND coverage = 'country' AND bound = 'exact' AND observed_on = ${on} ORDER BY id`,
        )
        .map((r) => r.count);
    const [a, b] = [counts('RU', pair!.a), counts('US', pair!.b)];
    expect(ratio!.scope).toBe(pair!.scope);
    expect(ratio!.numerator.observations.map((o) => [o.observedOn, o.count])).toEqual(
      a.map((count) => [pair!.a, count]),
    );
    expect(ratio!.denominator.observations.map((o) => o.count)).toEqual(b);
    expect(ratio!.low).toBeCloseTo(Math.min(...a) / Math.max(...b));
    expect(ratio!.high).toBeCloseTo(Math.max(...a) / Math.min(...b));
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

describe('getHeadlineFigures, on planted figures', () => {
  const plant = (
    id: string,
    sending: string,
    on: string,
    count: number,
    scope: string,
    bound = 'exact',
  ) =>
    app.db.run(
      sql`INSERT INTO headcounts (id, observed_on, date_precision, sending_country, host_country, count,
            bound, scope, coverage, is_estimate, source_id, support)
          VALUES (${id}, ${on}, 'day', ${sending}, ${sending === 'US' ? 'RU' : 'US'}, ${count}, ${bound},
            ${scope}, 'country', 0, 'oig-2013-isp-i-13-48a', 'single_source')`,
    );

  it('takes the pair whose older figure is newest, and spreads the ratio over conflicting figures', () => {
    // Total staff: 2030-01-01 and 2030-12-31 (the older is 1 January). Nationals: 1 June and
    // 1 July (the older is 1 June): nationals win, though total staff has the newest figure.
    plant('planted-ru-total', 'RU', '2030-01-01', 400, 'total_staff');
    plant('planted-us-total', 'US', '2030-12-31', 200, 'total_staff');
    plant('planted-ru-nationals-a', 'RU', '2030-06-01', 150, 'nationals');
    plant('planted-ru-nationals-b', 'RU', '2030-06-01', 160, 'nationals');
    plant('planted-us-nationals-a', 'US', '2030-07-01', 100, 'nationals');
    plant('planted-us-nationals-b', 'US', '2030-07-01', 110, 'nationals');
    plant('planted-us-nationals-over', 'US', '2030-08-01', 90, 'nationals', 'over');
    const { ratio } = getHeadlineFigures();
    expect(ratio!.scope).toBe('nationals');
    expect(ratio!.numerator.observations.map((o) => o.count)).toEqual([150, 160]);
    expect(ratio!.denominator.observations.map((o) => o.count)).toEqual([100, 110]);
    expect(ratio!.low).toBeCloseTo(150 / 110);
    expect(ratio!.high).toBeCloseTo(160 / 100);
  });

  it('takes the largest figure as the peak, never an "under N" bound', () => {
    plant('planted-us-peak-under', 'US', '2030-02-01', 2900, 'total_staff', 'under');
    plant('planted-us-peak', 'US', '2030-03-01', 2800, 'total_staff');
    const us = getHeadlineFigures().directions.find((d) => d.key === 'US-RU')!;
    expect(us.peak).toMatchObject({
      id: 'planted-us-peak',
      count: 2800,
      label: 'US staff in Russia',
    });
  });

  it('dates each era of expulsions: the Soviet one ends in 1991, the Russian one starts in 1992', () => {
    const eras = getHeadlineFigures().expulsions.map(({ actor, era, since, until }) => ({
      actor,
      era,
      since,
      until,
    }));
    expect(eras).toEqual([
      { actor: 'RU', era: 1, since: 1992, until: null },
      { actor: 'RU', era: 0, since: null, until: 1991 },
      { actor: 'US', era: 1, since: 1992, until: null },
      { actor: 'US', era: 0, since: null, until: 1991 },
    ]);
  });
});
