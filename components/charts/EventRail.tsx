'use client';

import { eventKindLabels, formatDate, formatNumber } from '@/lib/format';
import { countryColor } from '@/lib/chart/colors';
import { useElementWidth } from '@/components/useElementWidth';
import { assignLanes } from '@/lib/chart/lanes';
import { fractionOf } from '@/lib/chart/axis';
import type { EventMarker } from '@/lib/staffing/types';

/** What a marker says on hover or focus: date, actor, kind (how many) and how many people. */
export function describeEvent(event: EventMarker): string {
  const people =
    event.peopleAffected === null ? '' : `, ${formatNumber(event.peopleAffected)} people`;
  const kind = eventKindLabels[event.kind].toLowerCase();
  const what = event.count > 1 ? `${formatNumber(event.count)} ${kind}s` : kind;
  return `${formatDate(event.date, event.precision)}: ${event.actorLabel} ${what}${people}`;
}

// The marker's width (0.85rem, globals.css) with a little room between, in pixels.
const markerWidthPx = 16;
// Enough for the real data's busiest years on a 375 px screen; past it markers overlap.
const maxLanes = 10;

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
  tooltips,
}: {
  events: EventMarker[];
  domain: [number, number];
  plotLeft: number;
  plotRight: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Drawn once a reader reaches for the chart; each mark's name says the same before. */
  tooltips: boolean;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const positions = events.map((event) => fractionOf(event.t, [from, to]));
  // Markers closer than their own width (an expulsion and a closure announced together,
  // a busy year on a phone) go in lanes, so that each can still be pointed at or tapped.
  // Before the rail is laid out (first paint), a desktop-width guess.
  const minGap = markerWidthPx / (width || 1000);
  const lanes = assignLanes(positions, minGap, maxLanes);
  if (!events.length)
    return <p className="chart-note">No expulsions, closures or caps in this range.</p>;
  return (
    <div
      ref={ref}
      className="event-rail"
      style={{
        marginLeft: plotLeft,
        marginRight: plotRight,
        height: `${Math.max(...lanes, 0) * 1.1 + 1.75}rem`,
      }}
      role="group"
      aria-label="Events on the timeline"
    >
      {events.map((event, i) => {
        const tooltipId = `event-tip-${event.id}`;
        return (
          <span
            key={event.id}
            className="event-marker-wrap"
            style={{ left: `${positions[i]! * 100}%`, top: `${lanes[i]! * 1.1 + 0.35}rem` }}
          >
            <button
              type="button"
              className={`event-marker event-${event.kind}`}
              style={{ color: countryColor(event.actor) }}
              aria-describedby={tooltips ? tooltipId : undefined}
              aria-pressed={selectedId === event.id}
              aria-label={describeEvent(event)}
              onClick={() => onSelect(event.id)}
            />
            {tooltips && (
              <span role="tooltip" id={tooltipId} className="event-tooltip">
                <strong>{describeEvent(event)}</strong>
                <br />
                {event.count > 1 ? 'Choose the mark to list them.' : event.summary}
              </span>
            )}
          </span>
        );
      })}
    </div>
  );
}
