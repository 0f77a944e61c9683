import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { EmbedCode } from '@/components/EmbedCode';
import { siteUrl } from '@/lib/site-url';
import { getEventsPage, listEventYears } from '@/db/queries/events';
import { listCountries } from '@/db/queries/countries';
import { listFacilityOptions } from '@/db/queries/facilities';
import { checkEventsAddress } from '@/lib/events/address-schema';
import {
  eventsQueryOptions,
  eventYearsQueryOptions,
  explorerPageSize,
} from '@/lib/query-options/events';
import { EventsExplorer } from './EventsExplorer';

export const eventsDescription =
  'Every expulsion, closure, cap and round of talks between the US and Russia, filterable by year.';

/** The events explorer for one query string (`?year=2018`), its first page in the HTML. */
export async function EventsView({ search }: { search: string }) {
  const address = checkEventsAddress(search);
  const { filters } = address;

  // The first page and the year chart's data go into the HTML; the explorer reads them
  // from the query cache and only fetches when the reader changes a filter.
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchInfiniteQuery(
      eventsQueryOptions(filters, async (f) =>
        getEventsPage({ filters: f, cursor: null, limit: explorerPageSize }),
      ),
    ),
    queryClient.prefetchQuery(eventYearsQueryOptions(async () => listEventYears())),
  ]);
  const years = queryClient.getQueryData(eventYearsQueryOptions().queryKey) ?? [];
  const firstYear = years[0]?.year;

  return (
    <main>
      <h1>Expulsions, closures and talks</h1>
      <p className="lede">
        Every recorded measure between the two countries{firstYear ? ` since ${firstYear}` : ''},
        with its sources. Filter by year, by the country that acted, by kind, by post or by words in
        the record; every view has its own address. Who answered whom, and how fast:{' '}
        <Link href="/reciprocity">the reciprocity ledger</Link>.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <EventsExplorer
          countries={listCountries()}
          posts={listFacilityOptions()}
          rendered={{ search, ...address }}
          yearChartEmbed={
            <EmbedCode
              path="/embed/events-per-year"
              title="Diplomats expelled each year, by the US and by Russia"
              height={380}
              siteOrigin={siteUrl()?.origin ?? null}
            />
          }
        />
      </HydrationBoundary>
    </main>
  );
}
