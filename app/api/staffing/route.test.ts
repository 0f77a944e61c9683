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
    expect(data.series.map((s) => s.key)).toEqual(['RU-US', 'US-RU']);
  });

  it('returns only the requested series', async () => {
    const data = (await (await get('?series=US-RU')).json()) as StaffingData;
    expect(data.series.map((s) => s.label)).toEqual(['US staff in Russia']);
  });

  it('serves the same figures as CSV', async () => {
    const json = (await (await get('?scope=total_staff&from=2016')).json()) as StaffingData;
    const response = await get('?scope=total_staff&from=2016&format=csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const counts = json.series.flatMap((s) =>
      s.steps.flatMap((step) => step.observations.map((o) => String(o.count))),
    );
    expect(rows.map((r) => r.count)).toEqual(counts);
    expect(rows.every((r) => r.scope === 'total_staff' && r.source_title)).toBe(true);
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
