import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxEventMarkers, maxListedFigures } from '@/db/queries/staffing';
import { seededAppDatabaseForFile } from '@/db/testing';
import type { StaffingData } from '@/lib/staffing/types';
import { GET } from './route';

// A range denser than the chart draws one by one: more total-staff figures than it lists,
// and more expulsions in a year than it marks. Real SQLite, the real dataset plus these rows.
const app = seededAppDatabaseForFile();
const denseFigures = maxListedFigures + 1;
const denseYearEvents = maxEventMarkers + 1;

beforeAll(() => {
  const sqlite = app.db.$client;
  const source = sqlite.prepare('SELECT id FROM sources ORDER BY id LIMIT 1').pluck().get();
  const headcount = sqlite.prepare(
    `INSERT INTO headcounts (id, observed_on, date_precision, sending_country, host_country,
       count, bound, scope, coverage, is_estimate, source_id)
     VALUES (?, ?, 'day', 'US', 'RU', ?, 'exact', 'total_staff', 'country', 0, ?)`,
  );
  for (let n = 0; n < denseFigures; n++) {
    const day = String(1 + (n % 28)).padStart(2, '0');
    headcount.run(`dense-figure-${n}`, `2019-0${1 + (n % 3)}-${day}`, 300 + (n % 97), source);
  }
  const event = sqlite.prepare(
    `INSERT INTO events (id, occurred_on, date_precision, actor_country, target_country,
       is_joint, kind, people_affected, summary)
     VALUES (?, '1990-05-05', 'day', 'RU', 'US', 0, 'expulsion', 1, 'Dense test event')`,
  );
  const link = sqlite.prepare('INSERT INTO event_sources (event_id, source_id) VALUES (?, ?)');
  for (let n = 0; n < denseYearEvents; n++) {
    event.run(`dense-event-${n}`);
    link.run(`dense-event-${n}`, source);
  }
  const closure = sqlite.prepare(
    `INSERT INTO events (id, occurred_on, date_precision, actor_country, target_country,
       is_joint, kind, people_affected, facilities_closed, summary)
     VALUES (?, ?, 'day', ?, ?, 0, 'facility_closure', 4, 2, 'Dense test closure')`,
  );
  for (let n = 0; n < 3; n++) {
    closure.run(`dense-closure-${n}`, '1990-06-06', 'US', 'RU');
    link.run(`dense-closure-${n}`, source);
  }
  // A year with exactly as many events as the chart marks one by one.
  for (let n = 0; n < maxEventMarkers; n++) {
    closure.run(`full-year-${n}`, '1975-03-03', 'RU', 'US');
    link.run(`full-year-${n}`, source);
  }
});

const staffing = async (query: string) => GET(new Request(`http://localhost/api/staffing${query}`));

describe('a range denser than the chart draws one by one', () => {
  it('summarises figures by month, counted and spread as in the database', async () => {
    const data = (await (
      await staffing('?scope=total_staff&from=2019&to=2019')
    ).json()) as StaffingData;
    expect(data.figuresListed).toBe(false);
    const months = app.db.$client
      .prepare(
        `SELECT substr(observed_on, 1, 7) || '-01' AS date, count(*) AS figureCount,
           min(count) AS low, max(count) AS high
         FROM headcounts WHERE scope = 'total_staff' AND coverage = 'country'
           AND sending_country = 'US' AND host_country = 'RU' AND observed_on LIKE '2019-%'
         GROUP BY 1 ORDER BY 1`,
      )
      .all();
    const steps = data.series
      .find((s) => s.key === 'US-RU:total_staff')!
      .steps.filter((s) => !s.heldFrom);
    expect(
      steps.map(({ date, figureCount, low, high }) => ({ date, figureCount, low, high })),
    ).toEqual(months);
    expect(steps.every((s) => s.observations.length === 0 && s.precision === 'month')).toBe(true);
  });

  it('still lists every figure of a scope with fewer of them', async () => {
    const data = (await (await staffing('?scope=diplomats')).json()) as StaffingData;
    expect(data.figuresListed).toBe(true);
    const steps = data.series.flatMap((s) => s.steps);
    expect(steps.every((s) => s.observations.length === s.figureCount)).toBe(true);
  });

  it('keeps every figure in the CSV download', async () => {
    const csv = await (await staffing('?scope=total_staff&from=2019&to=2019&format=csv')).text();
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const expected = app.db.$client
      .prepare(
        `SELECT count(*) FROM headcounts WHERE scope = 'total_staff' AND coverage = 'country'
           AND observed_on LIKE '2019-%'`,
      )
      .pluck()
      .get();
    expect(rows.filter((r) => r.observed_on?.startsWith('2019'))).toHaveLength(expected as number);
  });
  it('marks a year, a country and a kind at a time when the range holds too many events', async () => {
    const dense = (await (await staffing('?from=1990&to=1990')).json()) as StaffingData;
    const middle = Date.UTC(1990, 6, 1);
    expect(dense.events).toEqual([
      expect.objectContaining({
        id: '1990-RU-expulsion',
        t: middle,
        date: '1990-01-01',
        precision: 'year',
        count: denseYearEvents,
        actorLabel: 'USSR',
        peopleAffected: denseYearEvents,
        facilitiesClosed: null,
        target: null,
        summary: '',
        sourceIds: [],
      }),
      expect.objectContaining({
        id: '1990-US-facility_closure',
        t: middle,
        count: 3,
        actorLabel: 'US',
        peopleAffected: null,
        facilitiesClosed: 6,
      }),
    ]);
    // As many events as it marks one by one: each is still its own marker.
    const full = (await (await staffing('?from=1975&to=1975')).json()) as StaffingData;
    expect(full.events).toHaveLength(maxEventMarkers);
    expect(full.events.every((e) => e.precision === 'day' && e.count === 1)).toBe(true);
    // A quieter range still draws each event with its sources.
    const quiet = (await (await staffing('?from=2018&to=2018')).json()) as StaffingData;
    expect(quiet.events.length).toBeGreaterThan(0);
    expect(quiet.events.every((e) => e.count === 1 && e.sourceIds.length > 0)).toBe(true);
  });
});
