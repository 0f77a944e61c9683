'use client';

import { formatDate, formatNumber } from '@/lib/format';
import { countryColor } from '@/lib/staffing/colors';
import type { EventMarker } from '@/lib/staffing/types';

export const kindLabels: Record<string, string> = {
  expulsion: 'Expulsion',
  facility_closure: 'Facility closure',
  staff_cap: 'Staff cap',
};

/** What a marker says on hover or focus: date, actor, kind and how many people. */
export function describeEvent(event: EventMarker): string {
  const people =
    event.peopleAffected === null ? '' : `, ${formatNumber(event.peopleAffected)} people`;
  return `${formatDate(event.date, event.precision)}: ${event.actor} ${kindLabels[event.kind]?.toLowerCase() ?? event.kind}${people}`;
}

/**
 * Event markers under the chart, placed on the same time scale as its plot area (which
 * starts after the y axis and ends before the right margin). Real buttons, so that they
 * take keyboard focus; shape by kind, colour by acting country.
 */
export function EventRail({
  events,
  domain: [from, to],
  plotLeft,
  plotRight,
  selectedId,
  onSelect,
}: {
  events: EventMarker[];
  domain: [number, number];
  plotLeft: number;
  plotRight: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  if (!events.length)
    return <p className="chart-note">No expulsions, closures or caps in this range.</p>;
  return (
    <div
      className="event-rail"
      style={{ marginLeft: plotLeft, marginRight: plotRight }}
      role="group"
      aria-label="Events on the timeline"
    >
      {events.map((event) => {
        const fraction = to === from ? 0 : (event.t - from) / (to - from);
        const tooltipId = `event-tip-${event.id}`;
        return (
          <span key={event.id} className="event-marker-wrap" style={{ left: `${fraction * 100}%` }}>
            <button
              type="button"
              className={`event-marker event-${event.kind}`}
              style={{ color: countryColor(event.actor) }}
              aria-describedby={tooltipId}
              aria-pressed={selectedId === event.id}
              aria-label={describeEvent(event)}
              onClick={() => onSelect(event.id)}
            />
            <span role="tooltip" id={tooltipId} className="event-tooltip">
              <strong>{describeEvent(event)}</strong>
              <br />
              {event.summary}
            </span>
          </span>
        );
      })}
    </div>
  );
}
