import { describe, expect, it } from 'vitest';
import { maxHoldYears } from './hold';
import { timeOf, yearEnd, yearStart } from '../chart/time';
import { shapeSeries, shapeSummarySeries, toChartRows } from './series';
import { stepAt } from './step-at';
import type { Observation } from './types';

let n = 0;
function obs(
  sending: string,
  date: string,
  count: number,
  extra: Partial<Observation> = {},
): Observation {
  return {
    id: `o${++n}`,
    sending,
    host: sending === 'US' ? 'RU' : 'US',
    date,
    precision: 'day',
    scope: 'total_staff',
    count,
    bound: 'exact',
    isEstimate: false,
    includesUnMission: null,
    note: null,
    sourceId: 's',
    support: 'single_source',
    ...extra,
  };
}
const directions = [
  { key: 'US-RU', sending: 'US', host: 'RU', label: 'US staff in Russia' },
  { key: 'RU-US', sending: 'RU', host: 'US', label: 'Russian staff in the US' },
];
const all: [number, number] = [yearStart(2010), yearEnd(2025)];

describe('shapeSeries', () => {
  it('gives each scope its own series: a line never joins figures of two scopes', () => {
    const series = shapeSeries(
      [
        obs('US', '2013-09-01', 1279),
        obs('US', '2021-10-01', 100, { scope: 'diplomats' }),
        obs('US', '2021-10-28', 120),
      ],
      directions,
      ['total_staff', 'diplomats'],
      all,
    );
    expect(series.map((s) => s.key)).toEqual([
      'US-RU:total_staff',
      'US-RU:diplomats',
      'RU-US:total_staff',
      'RU-US:diplomats',
    ]);
    const [staff, diplomats] = series;
    expect(staff!.steps.map((s) => s.low)).toEqual([1279, 120]);
    expect(diplomats!.steps.map((s) => s.low)).toEqual([100]);
    expect(diplomats).toMatchObject({ direction: 'US-RU', scope: 'diplomats' });
  });

  it('makes one step per date, in order, per direction', () => {
    const [us, ru] = shapeSeries(
      [obs('US', '2021-10-28', 120), obs('US', '2013-09-01', 1279), obs('RU', '2017-07-01', 455)],
      directions,
      ['total_staff'],
      all,
    );
    expect(us!.steps.map((s) => [s.date, s.low, s.high])).toEqual([
      ['2013-09-01', 1279, 1279],
      ['2021-10-28', 120, 120],
    ]);
    expect(ru!.steps.map((s) => s.low)).toEqual([455]);
  });

  it('keeps every conflicting figure of a date, with their spread, never an average', () => {
    const [us] = shapeSeries(
      [
        obs('US', '2017-07-01', 1200),
        obs('US', '2017-07-01', 1210),
        obs('US', '2017-07-01', 1000, { bound: 'over' }),
      ],
      directions,
      ['total_staff'],
      all,
    );
    expect(us!.steps).toHaveLength(1);
    expect(us!.steps[0]).toMatchObject({ low: 1000, high: 1210 });
    expect(us!.steps[0]!.observations.map((o) => o.count).sort()).toEqual([1000, 1200, 1210]);
  });

  it('clips to the range, carrying in the value in force at its start', () => {
    const from = yearStart(2016);
    const [us] = shapeSeries(
      [obs('US', '2013-09-01', 1279), obs('US', '2017-07-01', 1210), obs('US', '2024-01-01', 100)],
      directions,
      ['total_staff'],
      [from, yearEnd(2022)],
    );
    expect(us!.steps.map((s) => [s.t, s.low, s.heldFrom])).toEqual([
      [from, 1279, '2013-09-01'],
      [timeOf('2017-07-01'), 1210, null],
    ]);
  });

  it('carries in the latest of several figures before the range', () => {
    const from = yearStart(2016);
    const [us] = shapeSeries(
      [obs('US', '2012-01-01', 1100), obs('US', '2014-06-01', 1250), obs('US', '2013-01-01', 1300)],
      directions,
      ['total_staff'],
      [from, yearEnd(2022)],
    );
    expect(us!.steps.map((s) => [s.t, s.low, s.heldFrom])).toEqual([[from, 1250, '2014-06-01']]);
  });

  it(`carries a figure into a range that starts on its ${maxHoldYears}th anniversary, not a day later`, () => {
    const figures = [obs('US', '2011-01-01', 1200)];
    const carried = (from: string) =>
      shapeSeries(figures, directions, ['total_staff'], [timeOf(from), yearEnd(2022)])[0]!.steps;
    expect(carried('2016-01-01').map((s) => s.heldFrom)).toEqual(['2011-01-01']);
    expect(carried('2016-01-02')).toEqual([]);
  });

  it(`does not carry in a figure older than ${maxHoldYears} years`, () => {
    const [us] = shapeSeries(
      [obs('US', '1983-10-01', 320)],
      directions,
      ['total_staff'],
      [yearStart(2016), yearEnd(2025)],
    );
    expect(us!.steps).toEqual([]);
  });
});

describe('toChartRows', () => {
  it('holds each value until the next figure and breaks the line when it expires', () => {
    const series = shapeSeries(
      [obs('US', '2013-09-01', 1279), obs('US', '2016-01-01', 1200), obs('RU', '2010-01-01', 400)],
      directions,
      ['total_staff'],
      all,
    );
    const rows = toChartRows(series, all);
    const at = (date: string) => rows.find((r) => r.t === timeOf(date));
    expect(at('2013-09-01')).toEqual({
      t: timeOf('2013-09-01'),
      'US-RU:total_staff': [1279, 1279],
      'RU-US:total_staff': [400, 400],
    });
    expect(at('2016-01-01')?.['US-RU:total_staff']).toEqual([1200, 1200]);
    // Russia's 2010 figure holds for five years, then stops.
    const ruExpiry = rows.find(
      (r) => r['RU-US:total_staff'] !== null && r.t > timeOf('2014-01-01'),
    );
    expect(new Date(ruExpiry!.t).getUTCFullYear()).toBe(2015);
    // The 2016 figure is drawn until 2021; by the end of the range nothing is in force.
    const usExpiry = rows.filter((r) => r['US-RU:total_staff'] !== null).at(-1);
    expect(new Date(usExpiry!.t).getUTCFullYear()).toBe(2021);
    expect(rows.at(-1)).toEqual({
      t: all[1],
      'US-RU:total_staff': null,
      'RU-US:total_staff': null,
    });
  });

  it(`draws a figure up to its ${maxHoldYears}th anniversary, to the day, and stops there`, () => {
    const series = shapeSeries([obs('US', '2010-03-15', 1000)], directions, ['total_staff'], all);
    const [us] = series;
    expect(stepAt(us!, timeOf('2015-03-15'))?.low).toBe(1000);
    expect(stepAt(us!, timeOf('2015-03-16'))).toBeUndefined();
    const drawn = toChartRows(series, all).filter((r) => r['US-RU:total_staff'] !== null);
    expect(drawn.map((r) => r.t)).toEqual([timeOf('2010-03-15'), timeOf('2015-03-15')]);
  });

  it('has no rows to draw when there are no figures, only the end of the range', () => {
    expect(toChartRows(shapeSeries([], directions, ['total_staff'], all), all)).toEqual([
      { t: all[1], 'US-RU:total_staff': null, 'RU-US:total_staff': null },
    ]);
  });
});

describe('series at their edges', () => {
  const range = (from: string, to: string): [number, number] => [timeOf(from), timeOf(to)];

  it('keeps a figure on the last day of the range, and none after it', () => {
    const [us] = shapeSeries(
      [obs('US', '2020-12-31', 5), obs('US', '2021-01-01', 6)],
      directions,
      ['total_staff'],
      range('2020-01-01', '2020-12-31'),
    );
    expect(us!.steps.map((s) => s.low)).toEqual([5]);
  });

  it('starts with a figure on the first day of the range, carrying nothing in', () => {
    const [us] = shapeSeries(
      [obs('US', '2019-06-01', 4), obs('US', '2020-01-01', 5)],
      directions,
      ['total_staff'],
      range('2020-01-01', '2020-12-31'),
    );
    expect(us!.steps.map((s) => [s.low, s.heldFrom])).toEqual([[5, null]]);
  });

  it('keeps each direction to its own figures: another host country is another series', () => {
    const [us, ru] = shapeSeries(
      [
        obs('US', '2020-01-01', 5),
        obs('US', '2020-02-01', 9, { host: 'GB' }),
        obs('RU', '2020-03-01', 7),
      ],
      directions,
      ['total_staff'],
      all,
    );
    expect(us!.steps.map((s) => s.low)).toEqual([5]);
    expect(ru!.steps.map((s) => s.low)).toEqual([7]);
  });

  it('dates a step as precisely as its least precise figure', () => {
    const [us] = shapeSeries(
      [
        obs('US', '2020-01-01', 5),
        obs('US', '2020-01-01', 6, { precision: 'year' }),
        obs('US', '2021-03-01', 6, { precision: 'month' }),
      ],
      directions,
      ['total_staff'],
      all,
    );
    expect(us!.steps.map((s) => s.precision)).toEqual(['year', 'month']);
  });

  it('adds a row where a figure expires only if nothing newer came first, and only inside the range', () => {
    const rowsOf = (figures: Observation[], to = '2030-12-31') => {
      const domain = range('2010-01-01', to);
      return toChartRows(shapeSeries(figures, directions, ['total_staff'], domain), domain).map(
        (r) => new Date(r.t).toISOString().slice(0, 10),
      );
    };
    expect(rowsOf([obs('US', '2012-05-01', 5)])).toEqual([
      '2012-05-01',
      '2017-05-01',
      '2030-12-31',
    ]);
    expect(rowsOf([obs('US', '2012-05-01', 5), obs('US', '2017-05-01', 6)])).toEqual([
      '2012-05-01',
      '2017-05-01',
      '2022-05-01',
      '2030-12-31',
    ]);
    expect(rowsOf([obs('US', '2012-05-01', 5)], '2017-05-01')).toEqual([
      '2012-05-01',
      '2017-05-01',
    ]);
    // A gap between two figures: the line stops at the first one's expiry.
    expect(rowsOf([obs('US', '2012-05-01', 5), obs('US', '2019-01-01', 6)])).toEqual([
      '2012-05-01',
      '2017-05-01',
      '2019-01-01',
      '2024-01-01',
      '2030-12-31',
    ]);
    // A newer figure before the old one expires: no row at the old one's expiry.
    expect(rowsOf([obs('US', '2012-05-01', 5), obs('US', '2015-01-01', 6)])).toEqual([
      '2012-05-01',
      '2015-01-01',
      '2020-01-01',
      '2030-12-31',
    ]);
    // An expiry after the end of the range: no row beyond it.
    expect(rowsOf([obs('US', '2012-05-01', 5)], '2014-12-31')).toEqual([
      '2012-05-01',
      '2014-12-31',
    ]);
  });
});

describe('shapeSummarySeries', () => {
  const summary = (sending: string, date: string, low: number, high: number, figures = 1) => ({
    sending,
    host: sending === 'US' ? 'RU' : 'US',
    scope: 'total_staff' as const,
    date,
    low,
    high,
    figures,
  });

  it('makes a step per month with figures, in order, spread from the lowest to the highest', () => {
    const [us, ru] = shapeSummarySeries(
      [
        summary('US', '2020-03-20', 10, 12, 2),
        summary('US', '2020-01-05', 7, 7),
        summary('US', '2020-03-02', 9, 11),
        summary('RU', '2020-02-01', 40, 40),
      ],
      directions,
      ['total_staff'],
      all,
    );
    expect(us!.steps.map((s) => [s.date, s.low, s.high, s.figureCount, s.precision])).toEqual([
      ['2020-01-01', 7, 7, 1, 'month'],
      ['2020-03-01', 9, 12, 3, 'month'],
    ]);
    expect(ru!.steps.map((s) => s.date)).toEqual(['2020-02-01']);
  });
});
