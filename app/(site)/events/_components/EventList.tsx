'use client';

import { EventCard } from '@/components/EventCard';
import type { EventListItem } from '@/lib/events/types';

type Props = {
  events: EventListItem[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** The previous filter's results, still shown while the new ones load. */
  stale: boolean;
};

export function EventList({ events, hasMore, loadingMore, onLoadMore, stale }: Props) {
  return (
    <>
      <ol className={stale ? 'event-list is-stale' : 'event-list'}>
        {events.map((event) => (
          <li key={event.id}>
            <EventCard event={event} />
          </li>
        ))}
      </ol>
      {hasMore && (
        <button type="button" onClick={onLoadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show more events'}
        </button>
      )}
    </>
  );
}
