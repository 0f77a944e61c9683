import type { Metadata } from 'next';
import { searchOfSegment } from '@/lib/events/view-segment';
import { EventsView, eventsDescription } from '../../_components/EventsView';

type Params = { search: string };

export const metadata: Metadata = { title: 'Events', description: eventsDescription };

// Each query string is rendered on its first request, then served from the page cache
// until the data changes (db/page-cache.cjs); none is built ahead of time.
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export default async function EventsViewPage({ params }: { params: Promise<Params> }) {
  return <EventsView search={searchOfSegment((await params).search)} />;
}
