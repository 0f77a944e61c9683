import type { Metadata } from 'next';
import { checkEventsAddress } from '@/lib/events/address-schema';
import { previewMetadata } from '@/app/_lib/preview-metadata';
import { eventsFeedHref, eventsHref, searchOfView } from '@/lib/events/address';
import { EventsView, eventsDescription } from '../../_components/EventsView';

// The events explorer, `/events?year=2018`. Every /events address is rewritten here, one
// path per view (lib/events/address.ts, eventsViewPath), so that each view is rendered on
// its first request and then served from the page cache until the data changes.

type Params = { query: string };

export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { filters } = checkEventsAddress(searchOfView((await params).query));
  const title = filters.year === null ? 'Events' : `Events of ${filters.year}`;
  const feed = { url: eventsFeedHref(filters), title: `${title} (Atom feed)` };
  return {
    title,
    description: eventsDescription,
    ...previewMetadata(`/preview/events-view/${(await params).query}.png`, title),
    alternates: { canonical: eventsHref(filters), types: { 'application/atom+xml': [feed] } },
  };
}

export default async function EventsPage({ params }: { params: Promise<Params> }) {
  return <EventsView search={searchOfView((await params).query)} />;
}
