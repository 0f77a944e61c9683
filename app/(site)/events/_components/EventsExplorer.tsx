'use client';

import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, type ReactNode } from 'react';
import type { CountryNames } from '@/lib/countries/names';
import {
  eventsFeedHref,
  eventsHref,
  eventsSearch,
  parseEventsAddress,
  sameView,
  withYear,
  type EventFilters,
} from '@/lib/events/address';
import type { CheckedEventsAddress } from '@/lib/events/address-schema';
import { eventsQueryOptions, eventYearsQueryOptions } from '@/lib/query-options/events';
import { EventFilterControls, type PostOption } from './EventFilterControls';
import { EventList } from './EventList';
import { EventTotalsPanel } from './EventTotalsPanel';
import { NoEventsFound } from './NoEventsFound';
import { useAddressSearch } from './useAddressSearch';
import { YearChartPanel } from './YearChartPanel';
import { AddressProblems } from '@/components/AddressProblems';

/**
 * Filters live in the address. Changing one rewrites it in place and the list loads
 * through the query cache, keeping the previous results on screen until the next arrive.
 */
export function EventsExplorer({
  countries,
  posts,
  rendered,
  yearChartEmbed,
}: {
  countries: CountryNames[];
  /** The posts and properties the explorer can filter by. */
  posts: PostOption[];
  /** The code to embed the year chart on another site, shown under it. */
  yearChartEmbed: ReactNode;
  /** The query string the page was rendered for (`?year=2018`), as the server read it. */
  rendered: CheckedEventsAddress & { search: string };
}) {
  const [search, setSearch] = useAddressSearch(rendered.search);
  // The server read the address the page came with, and says what it could not read; any
  // other address is one this explorer wrote.
  const { filters, problems } = useMemo(
    () =>
      sameView(search, rendered.search)
        ? rendered
        : { filters: parseEventsAddress(search), problems: [] },
    [search, rendered],
  );
  const setFilters = useCallback(
    (next: EventFilters, options: { replace?: boolean } = {}) =>
      setSearch(eventsSearch(next), options),
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
      <AddressProblems
        problems={problems.map((p) => `${p.parameter} “${p.value}”: ${p.message}`)}
        outcome="that filter is not applied"
      />
      <EventFilterControls
        filters={filters}
        years={years}
        countries={countries}
        posts={posts}
        onChange={setFilters}
      />
      <YearChartPanel
        years={years}
        countries={countries}
        selectedYear={filters.year}
        onSelectYear={(year) => setFilters(withYear(filters, year))}
        yearHref={(year) => eventsHref(withYear(filters, year))}
      />
      {yearChartEmbed}
      <section aria-labelledby="event-list-heading" aria-busy={list.isFetching}>
        <h2 id="event-list-heading">Events</h2>
        {totals && <EventTotalsPanel totals={totals} />}
        <p className="feed-link">
          <a href={eventsFeedHref(filters)} type="application/atom+xml">
            Follow these events (Atom feed)
          </a>
        </p>
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
