'use client';

import { SourceCitation } from '@/components/SourceCitation';
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
