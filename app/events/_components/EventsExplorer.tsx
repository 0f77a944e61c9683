'use client';

import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { CountryNames } from '@/lib/countries/names';
import { filtersToSearchParams, parsePageFilters, type EventFilters } from '@/lib/events/filters';
import { eventsQueryOptions, eventYearsQueryOptions } from '@/lib/queries/events';
import { EventFilterControls } from './EventFilterControls';
import { EventList } from './EventList';
import { EventTotalsPanel } from './EventTotalsPanel';
import { NoEventsFound } from './NoEventsFound';
import { useAddressSearch } from './useAddressSearch';
import { YearChartPanel } from './YearChartPanel';

/** A year replaces any from–to range: the two are exclusive. */
function withYear(filters: EventFilters, year: number): EventFilters {
  return { ...filters, year, from: null, to: null };
}

/**
 * Filters live in the address. Changing one rewrites it in place and the list loads
 * through the query cache, keeping the previous results on screen until the next arrive.
 */
export function EventsExplorer({
  countries,
  renderedSearch,
}: {
  countries: CountryNames[];
  /** The query string the page was rendered for (`?year=2018`). */
  renderedSearch: string;
}) {
  const [search, setSearch] = useAddressSearch(renderedSearch);
  const { filters, problems } = useMemo(
    () => parsePageFilters(new URLSearchParams(search)),
    [search],
  );
  const setFilters = useCallback(
    (next: EventFilters, options: { replace?: boolean } = {}) =>
      setSearch(filtersToSearchParams(next).toString(), options),
    [setSearch],
  );

  const years = useQuery(eventYearsQueryOptions()).data ?? [];
  const list = useInfiniteQuery({
    ...eventsQueryOptions(filters),
    placeholderData: keepPreviousData,
  });
  const pages = list.data?.pages ?? [];
  const totals = pages[0]?.totals;
  const events = pages.flatMap((page) => page.events);

  return (
    <>
      {problems.length > 0 && (
        <div role="alert" className="notice">
          <p>Part of this address could not be read, so that filter is not applied:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.parameter}>
                {p.parameter} “{p.value}”: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <EventFilterControls
        filters={filters}
        years={years}
        countries={countries}
        onChange={setFilters}
      />
      <YearChartPanel
        years={years}
        countries={countries}
        selectedYear={filters.year}
        onSelectYear={(year) => setFilters(withYear(filters, year))}
        yearHref={(year) => `/events?${filtersToSearchParams(withYear(filters, year))}`}
      />
      <section aria-labelledby="event-list-heading" aria-busy={list.isFetching}>
        <h2 id="event-list-heading">Events</h2>
        {totals && <EventTotalsPanel totals={totals} />}
        {list.isError ? (
          <p role="alert">The events could not be loaded. Please try again.</p>
        ) : events.length === 0 && totals ? (
          <NoEventsFound filters={filters} years={years} onChange={setFilters} />
        ) : (
          <EventList
            events={events}
            hasMore={!!list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => list.fetchNextPage()}
            stale={list.isPlaceholderData}
          />
        )}
      </section>
    </>
  );
}
