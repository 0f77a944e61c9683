import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as eventsRoute } from './events/route';
import { GET as yearsRoute } from './events/years/route';
import { GET as staffingRoute } from './staffing/route';
import { seededAppDatabaseForFile } from '@/db/testing';
import { listEventYears } from '@/db/queries/events';
import { noFilters } from '@/lib/events/address';
import { defaultView, staffingSearch } from '@/lib/staffing/address';
import {
  eventsQueryOptions,
  eventYearsQueryOptions,
  explorerPageSize,
} from '@/lib/query-options/events';
import { staffingQueryOptions } from '@/lib/query-options/staffing';

seededAppDatabaseForFile();

/** The browser's fetch, answered by the app's own route handlers on the seeded database. */
const routes: Record<string, (request: Request) => Response> = {
  '/api/events': eventsRoute,
  '/api/events/years': yearsRoute,
  '/api/staffing': staffingRoute,
};
const requested: string[] = [];
beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    const request = new Request(new URL(url, 'http://localhost'));
    const route = routes[new URL(request.url).pathname];
    return route ? route(request) : new Response('not found', { status: 404 });
  });
});
afterAll(() => vi.unstubAllGlobals());

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('the staffing query', () => {
  it('asks /api/staffing for the view and keys the cache by every part of it', async () => {
    const view = { scope: 'diplomats' as const, from: 2016, to: 2021, series: 'US-RU' };
    const data = await client().fetchQuery(staffingQueryOptions(view));
    expect(requested.at(-1)).toBe(`/api/staffing?${staffingSearch(view)}`);
    expect(data.view).toMatchObject(view);
    expect(staffingQueryOptions(view).queryKey).toEqual([
      'staffing',
      'diplomats',
      2016,
      2021,
      'US-RU',
    ]);
    expect(staffingSearch({ ...defaultView })).toBe('scope=all_scopes&series=all');
  });

  it('fails with the HTTP status when the API refuses the view', async () => {
    const bad = { ...defaultView, from: 2030, to: 2010 };
    await expect(client().fetchQuery(staffingQueryOptions(bad))).rejects.toThrow(
      'Could not load the staffing data (HTTP 400)',
    );
  });
});

describe('the events queries', () => {
  it('pages through a filter in pages of the explorer size, cursor after cursor', async () => {
    const query = client();
    const options = eventsQueryOptions({ ...noFilters, kinds: ['expulsion'] });
    expect(options.queryKey).toEqual(['events', 'kind=expulsion']);
    const first = await query.fetchInfiniteQuery(options);
    expect(requested.at(-1)).toBe(`/api/events?kind=expulsion&limit=${explorerPageSize}`);
    // Every page, following each page's cursor until there is none.
    const data = await client().fetchInfiniteQuery({ ...options, pages: 100 });
    expect(data.pages[0]).toEqual(first.pages[0]);
    const events = data.pages.flatMap((p) => p.events);
    expect(events.length).toBe(data.pages[0]!.totals!.events);
    expect(data.pages.length).toBe(Math.ceil(events.length / explorerPageSize));
    expect(requested.at(-1)).toMatch(/&cursor=/);
  });

  it('loads the years the year chart draws', async () => {
    const years = await client().fetchQuery(eventYearsQueryOptions());
    expect(requested.at(-1)).toBe('/api/events/years');
    expect(years).toEqual(listEventYears());
  });

  it('fails naming the address when the API answers an error', async () => {
    const options = eventsQueryOptions({ ...noFilters, q: 'x'.repeat(500) });
    await expect(client().fetchInfiniteQuery(options)).rejects.toThrow(
      /Could not load \/api\/events\?q=x+&limit=25 \(HTTP 400\)/,
    );
  });
});
