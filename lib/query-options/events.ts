import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { EventsPage, EventYear } from '../events/types';
import { eventsSearch, type EventFilters } from '../events/address';

/**
 * The explorer's pages, smaller than the API's default: every card in the first HTML is
 * hydrated before the page answers, and 50 cost a phone 150–350 ms of blocked main thread
 * (Lighthouse, bench/RESULTS.md). More load on "Show more events".
 */
export const explorerPageSize = 25;

export type LoadEventsPage = (filters: EventFilters, cursor: string | null) => Promise<EventsPage>;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
  return response.json();
}

const fetchEventsPage: LoadEventsPage = (filters, cursor) => {
  const params = new URLSearchParams(eventsSearch(filters));
  params.set('limit', String(explorerPageSize));
  if (cursor) params.set('cursor', cursor);
  return fetchJson(`/api/events?${params}`);
};

/** The filtered event list, page by page; shared by the server prefetch and the client. */
export function eventsQueryOptions(filters: EventFilters, load: LoadEventsPage = fetchEventsPage) {
  return infiniteQueryOptions({
    queryKey: ['events', eventsSearch(filters)] as const,
    queryFn: ({ pageParam }) => load(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 60_000,
  });
}

export function eventYearsQueryOptions(
  load: () => Promise<EventYear[]> = async () =>
    (await fetchJson<{ years: EventYear[] }>('/api/events/years')).years,
) {
  return queryOptions({ queryKey: ['event-years'] as const, queryFn: load, staleTime: 60_000 });
}
