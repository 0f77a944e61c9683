import { sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '@/db/testing';
import type { StaffingData } from '@/lib/staffing/types';
import { GET } from './route';

const app = seededAppDatabaseForFile();

const get = (query: string) => GET(new Request(`http://localhost/api/staffing${query}`));

describe('GET /api/staffing', () => {
  it('returns the series of one scope, each figure with its source', async () => {
    const response = await get('?scope=diplomats&from=2021&to=2025');
    expect(response.status).toBe(200);
    const data = (await response.json()) as StaffingData;
    // A figure carried in from before the range starts the line; it is not one of the range's.
    const figures = data.series.flatMap((s) =>
      s.steps.filter((step) => !step.heldFrom).flatMap((step) => step.observations),
    );
    const expected = app.db.all<{ id: string }>(
      sql`SELECT id FROM headcounts WHERE scope = 'diplomats' AND coverage = 'country'
          AND observed_on BETWEEN '2021-01-01' AND '2025-12-31' ORDER BY id`,
    );
    expect(figures.map((o) => o.id).sort()).toEqual(expected.map((r) => r.id));
    const cited = new Set(data.sources.map((s) => s.id));
    expect(figures.every((o) => cited.has(o.sourceId))).toBe(true);
    expect(data.series.map((s) => s.key)).toEqual(['RU-US:diplomats', 'US-RU:diplomats']);
  });

  it('returns only the requested direction, one series per scope, named for its years', async () => {
    const data = (await (await get('?series=US-RU')).json()) as StaffingData;
    expect(data.series.map((s) => s.key)).toEqual([
      'US-RU:total_staff',
      'US-RU:nationals',
      'US-RU:diplomats',
    ]);
    expect(new Set(data.series.map((s) => s.label))).toEqual(
      new Set(['US staff in the Soviet Union, then Russia']),
    );
    const recent = (await (await get('?series=US-RU&from=2016')).json()) as StaffingData;
    expect(recent.series[0]!.label).toBe('US staff in Russia');
  });

  it('draws every staffing scope by default, never a ceiling, and names the gaps', async () => {
    const data = (await (await get('')).json()) as StaffingData;
    expect(data.view.scope).toBe('all_scopes');
    const figures = data.series.flatMap((s) =>
      s.steps.filter((step) => !step.heldFrom).flatMap((step) => step.observations),
    );
    const expected = app.db.all<{ id: string }>(
      sql`SELECT id FROM headcounts WHERE coverage = 'country'
          AND scope IN ('total_staff', 'nationals', 'diplomats') ORDER BY id`,
    );
    expect(figures.map((o) => o.id).sort()).toEqual(expected.map((r) => r.id));
    expect(figures.every((o) => data.series.some((s) => s.scope === o.scope))).toBe(true);
    for (const gap of data.gaps) {
      const [sending, host] = gap.direction.split('-');
      const inForce = app.db.all<{ id: string }>(
        sql`SELECT id FROM headcounts WHERE sending_country = ${sending} AND host_country = ${host}
            AND coverage = 'country' AND scope IN ('total_staff', 'nationals', 'diplomats')
            AND observed_on > date(${new Date(gap.from).toISOString().slice(0, 10)}, '-5 years')
            AND observed_on < ${new Date(gap.to).toISOString().slice(0, 10)}`,
      );
      expect(inForce, `${gap.direction} gap`).toEqual([]);
    }
  });

  it('serves as CSV every figure of the view, with its source, as SQLite lists them', async () => {
    const response = await get('?scope=total_staff&from=2016&format=csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const columns = [
      'sending_country',
      'count',
      'bound',
      'is_estimate',
      'includes_un_mission',
      'note',
      'support',
      'shown_from',
      'source_title',
      'source_publisher',
      'source_url',
    ];
    const row = (r: Record<string, string | number | null>) =>
      columns.map((c) => r[c] ?? '').join(' | ');
    // The figures of the range, and (unless a figure falls on the range's first day) the
    // latest figure of each direction from the five years before it, carried in to that day.
    const expected = app.db.all<Record<string, string | number | null>>(
      sql`SELECT h.sending_country, h.count, h.bound, h.note, h.support,
            CASE h.is_estimate WHEN 1 THEN 'true' ELSE 'false' END AS is_estimate,
            CASE h.includes_un_mission WHEN 1 THEN 'true' WHEN 0 THEN 'false' END AS includes_un_mission,
            s.title AS source_title, s.publisher AS source_publisher, s.url AS source_url,
            CASE WHEN h.observed_on < '2016-01-01' THEN '2016-01-01' ELSE h.observed_on END AS shown_from
          FROM headcounts h JOIN sources s ON s.id = h.source_id
          WHERE h.scope = 'total_staff' AND h.coverage = 'country' AND (
            h.observed_on >= '2016-01-01' OR h.observed_on = (
              SELECT max(observed_on) FROM headcounts p
              WHERE p.scope = 'total_staff' AND p.coverage = 'country'
                AND p.sending_country = h.sending_country AND p.host_country = h.host_country
                AND p.observed_on < '2016-01-01' AND p.observed_on >= '2011-01-01'
                AND NOT EXISTS (SELECT 1 FROM headcounts q WHERE q.scope = 'total_staff'
                  AND q.coverage = 'country' AND q.sending_country = h.sending_country
                  AND q.host_country = h.host_country AND q.observed_on = '2016-01-01')))`,
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(rows.map(row).sort()).toEqual(expected.map(row).sort());
    expect(rows.every((r) => r.scope === 'total_staff')).toBe(true);
  });

  it('marks the range’s events and moments, and cites every source it draws, as SQL lists them', async () => {
    const data = (await (await get('?from=2016&to=2018')).json()) as StaffingData;
    const events = app.db.all<{ id: string; sources: string }>(
      sql`SELECT e.id, group_concat(es.source_id, ' ') AS sources FROM events e
          JOIN event_sources es ON es.event_id = e.id
          WHERE e.kind IN ('expulsion', 'facility_closure', 'staff_cap')
            AND e.occurred_on BETWEEN '2016-01-01' AND '2018-12-31'
          GROUP BY e.id ORDER BY e.occurred_on, e.id`,
    );
    expect(events.length).toBeGreaterThan(3);
    expect(data.events.map((e) => ({ id: e.id, sources: [...e.sourceIds].sort() }))).toEqual(
      events.map((e) => ({ id: e.id, sources: e.sources.split(' ').sort() })),
    );
    const moments = app.db.all<{ id: string; date: string }>(
      sql`SELECT id, occurred_on AS date FROM moments
          WHERE occurred_on BETWEEN '2016-01-01' AND '2018-12-31' ORDER BY occurred_on, id`,
    );
    expect(moments.length).toBeGreaterThan(0);
    expect(data.moments.map(({ id, date }) => ({ id, date }))).toEqual(moments);
    expect(data.moments.every((m) => m.t === Date.parse(`${m.date}T00:00:00Z`))).toBe(true);
    const cited = new Set([
      ...data.events.flatMap((e) => e.sourceIds),
      ...data.series.flatMap((s) =>
        s.steps.flatMap((st) => st.observations.map((o) => o.sourceId)),
      ),
    ]);
    expect(data.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
  });

  it.each([
    ['?from=abc', 'from'],
    ['?to=99999', 'to'],
    ['?from=2020&to=2010', 'from'],
    ['?scope=spies', 'scope'],
    ['?series=everyone', 'series'],
    ['?format=xml', 'format'],
  ])('answers %s with a 400 naming %s', async (query, parameter) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid_parameter');
    expect(body.error.issues.map((i: { parameter: string }) => i.parameter)).toContain(parameter);
  });
});
