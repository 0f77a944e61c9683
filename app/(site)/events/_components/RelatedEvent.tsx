import Link from 'next/link';
import { eventKindLabels, formatDate, formatNumber } from '@/lib/format';
import type { EventDetail } from '@/db/queries/event-detail';

type Related = NonNullable<EventDetail['answered']>;

export function RelatedEvent({ relation, event }: { relation: string; event: Related }) {
  return (
    <li>
      {relation}:{' '}
      <Link href={`/events/${event.id}`}>
        {formatDate(event.occurredOn, event.datePrecision)}, {event.actorLabel}{' '}
        {eventKindLabels[event.kind].toLowerCase()}
        {event.peopleAffected !== null && ` of ${formatNumber(event.peopleAffected)}`}
      </Link>{' '}
      — {event.summary}
    </li>
  );
}
