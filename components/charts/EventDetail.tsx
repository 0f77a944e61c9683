'use client';

import Link from 'next/link';
import { SourceCitation } from '@/components/SourceCitation';
import { eventsHref, noFilters } from '@/lib/events/address';
import { formatNumber } from '@/lib/format';
import type { EventMarker, SourceRef } from '@/lib/staffing/types';
import { describeEvent } from './EventRail';

/** The full record of the event picked on the timeline, with its sources. */
export function EventDetail({
  event,
  sources,
  onClose,
}: {
  event: EventMarker;
  sources: Map<string, SourceRef>;
  onClose: () => void;
}) {
  if (event.count > 1) return <EventGroupDetail event={event} onClose={onClose} />;
  return (
    <section className="event-detail" aria-label="Selected event">
      <h3>{describeEvent(event)}</h3>
      <p>{event.summary}</p>
      {event.facilitiesClosed !== null && (
        <p>Facilities closed: {formatNumber(event.facilitiesClosed)}</p>
      )}
      <ul className="plain-list">
        {event.sourceIds.map((id) => {
          const source = sources.get(id);
          return (
            source && (
              <li key={id}>
                <SourceCitation {...source} />
              </li>
            )
          );
        })}
      </ul>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}

/** A mark that stands for a year's events of one kind: where to read them one by one. */
function EventGroupDetail({ event, onClose }: { event: EventMarker; onClose: () => void }) {
  const filters = {
    ...noFilters,
    year: Number(event.date.slice(0, 4)),
    actor: event.actor,
    kinds: [event.kind],
  };
  const list = eventsHref(filters);
  return (
    <section className="event-detail" aria-label="Selected events">
      <h3>{describeEvent(event)}</h3>
      <p>
        This range holds too many events to draw one by one, so each mark stands for a year’s events
        of one kind by one country. <Link href={list}>List these events</Link> with their sources.
      </p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
