import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SourceCitation } from '@/components/SourceCitation';
import { SupportBadge } from '@/components/SupportBadge';
import { getEvent } from '@/db/queries/event-detail';
import { listFacilitiesOfEvent } from '@/db/queries/facilities';
import { facilityHref } from '@/lib/missions/address';
import { facilityRoleLabels } from '@/lib/missions/states';
import { getStaffingData } from '@/db/queries/staffing';
import { eventsHref, noFilters, withYear } from '@/lib/events/address';
import { previewMetadata } from '@/app/_lib/preview-metadata';
import { eventKindLabels, formatDate, formatNumber } from '@/lib/format';
import { staffingQueryOptions } from '@/lib/query-options/staffing';
import { defaultView, viewPath } from '@/lib/staffing/address';
import { ChartPanel } from '../../_components/ChartPanel';
import { FactList } from '../../_components/FactList';
import { RecordHistory } from '../../_components/RecordHistory';
import { RelatedEvent } from '../_components/RelatedEvent';

type Params = { id: string };

// Rendered on its first request, then served from the page cache (with its script hashes)
// until the data changes, like the views: shared caches may keep it (server/cache-rules.cjs).
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const event = getEvent((await params).id);
  if (!event) return {};
  return {
    title: event.summary,
    description: event.reason ?? undefined,
    alternates: { canonical: `/events/${encodeURIComponent(event.id)}` },
    ...previewMetadata(`/preview/events/${encodeURIComponent(event.id)}.png`, event.summary),
  };
}

/** Years of staffing shown around an event. */
const yearsAround = 4;

export default async function EventPage({ params }: { params: Promise<Params> }) {
  const event = getEvent((await params).id);
  if (!event) notFound();

  const year = Number(event.occurredOn.slice(0, 4));
  const view = { ...defaultView, from: year - yearsAround, to: year + yearsAround };
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(staffingQueryOptions(view, async (v) => getStaffingData(v)));

  const facts: [string, React.ReactNode][] = [
    [
      'Date',
      <>
        {formatDate(event.occurredOn, event.datePrecision)}
        {event.dateNote && <span className="source"> — {event.dateNote}</span>}
      </>,
    ],
    [
      'Acting country',
      event.isJoint ? `${event.actorLabel} and ${event.targetLabel} together` : event.actorLabel,
    ],
    ['Aimed at', event.isJoint ? '—' : event.targetLabel],
    ['Kind', eventKindLabels[event.kind]],
    [
      'People affected',
      <>
        {event.peopleAffected === null ? 'not given' : formatNumber(event.peopleAffected)}
        {event.peopleNote && <span className="source"> — {event.peopleNote}</span>}
      </>,
    ],
    ['Facilities', event.facilities ?? '—'],
    [
      'Facilities closed',
      event.facilitiesClosed === null ? '—' : formatNumber(event.facilitiesClosed),
    ],
    ['Stated reason', event.reason ?? '—'],
  ];

  return (
    <main>
      <p>
        <Link href={eventsHref(noFilters)}>← All events</Link> ·{' '}
        <Link href={eventsHref(withYear(noFilters, year))}>Events of {year}</Link>
      </p>
      <h1>{event.summary}</h1>
      <FactList facts={facts} />

      <h2>Sources</h2>
      {event.support !== 'corroborated' && (
        <p>
          <SupportBadge support={event.support} /> No second, independent source was found for this
          event.
        </p>
      )}
      <ul className="plain-list">
        {event.sources.map((source) => (
          <li key={source.id}>
            <SourceCitation {...source} />
          </li>
        ))}
      </ul>

      <h2>Posts it touched</h2>
      <PostsTouched eventId={event.id} />

      <h2>Retaliation</h2>
      {event.answered || event.answeredBy.length ? (
        <ul className="plain-list">
          {event.answered && <RelatedEvent relation="This answered" event={event.answered} />}
          {event.answeredBy.map((e) => (
            <RelatedEvent key={e.id} relation="Answered by" event={e} />
          ))}
        </ul>
      ) : (
        <p>The sources link no retaliation to this event.</p>
      )}

      <h2>Staffing around {year}</h2>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <figure
          className="chart-figure"
          aria-label={`Staffing from ${year - yearsAround} to ${year + yearsAround}`}
        >
          <ChartPanel view={view} />
        </figure>
      </HydrationBoundary>
      <p className="source">
        <Link href={viewPath(view)}>Open this period on the dashboard</Link>
      </p>

      <h2>In articles</h2>
      {event.mentionedIn.length ? (
        <ul className="plain-list">
          {event.mentionedIn.map((article) => (
            <li key={article.slug}>
              <Link href={`/articles/${article.slug}`}>{article.title}</Link> (
              {formatDate(article.publishedOn, article.datePrecision)})
            </li>
          ))}
        </ul>
      ) : (
        <p>No article in this tracker mentions this event yet.</p>
      )}

      <RecordHistory record={{ entity: 'events', id: event.id }} />
    </main>
  );
}

/** The posts and properties the event opened, suspended, closed or applied to. */
function PostsTouched({ eventId }: { eventId: string }) {
  const posts = listFacilitiesOfEvent(eventId);
  if (!posts.length) return <p>The record links no post or property to this event.</p>;
  return (
    <ul className="plain-list">
      {posts.map((post) => (
        <li key={post.id}>
          <Link href={facilityHref(post.id)}>{post.name}</Link> — the event{' '}
          {facilityRoleLabels[post.role]}
        </li>
      ))}
    </ul>
  );
}
