import Link from 'next/link';
import type { EventListItem } from '@/lib/events/types';
import { EditLink } from './EditLink';
import { SupportBadge } from './SupportBadge';
import { eventKindLabels, formatDate, formatNumber } from '@/lib/format';

/** One event as a reader scans it: when, who did what to whom, how many, and the sources. */
export function EventCard({ event }: { event: EventListItem }) {
  return (
    <article className="event-card" aria-labelledby={`event-${event.id}`}>
      <p className="event-meta">
        <time dateTime={event.occurredOn}>{formatDate(event.occurredOn, event.datePrecision)}</time>{' '}
        ·{' '}
        {event.isJoint
          ? `${event.actorLabel} and ${event.targetLabel}`
          : `${event.actorLabel} → ${event.targetLabel}`}{' '}
        · {eventKindLabels[event.kind]}
        {event.peopleAffected !== null && ` · ${formatNumber(event.peopleAffected)} people`}
      </p>
      <h3 id={`event-${event.id}`} className="event-summary">
        <Link href={`/events/${event.id}`}>{event.summary}</Link>
      </h3>
      <EditLink entity="events" id={event.id} />
      {event.facilities && <p className="event-facilities">{event.facilities}</p>}
      <p className="source">
        <SupportBadge support={event.support} />
        Sources:{' '}
        {event.sources.map((source, i) => (
          <span key={source.id}>
            {i > 0 && '; '}
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer external">
                {source.publisher}
              </a>
            ) : (
              source.publisher
            )}
          </span>
        ))}
      </p>
    </article>
  );
}
