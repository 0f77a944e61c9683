import type { Metadata } from 'next';
import { EventsView, eventsDescription } from '../../_components/EventsView';

type Params = { year: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `Events of ${(await params).year}`, description: eventsDescription };
}

// `/events?year=2018` alone, rewritten here by next.config.js: the most shared view, served
// from the page cache without passing through proxy.ts. Rendered on first request.
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export default async function EventsOfYearPage({ params }: { params: Promise<Params> }) {
  return <EventsView search={`?year=${(await params).year}`} />;
}
