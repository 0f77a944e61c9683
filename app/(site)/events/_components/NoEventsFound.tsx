'use client';

import { noFilters, withYear, type EventFilters } from '@/lib/events/address';
import type { EventYear } from '@/lib/events/types';

/** The years with events nearest to `year`: the closest before and the closest after. */
export function nearestYears(year: number, years: EventYear[]): number[] {
  const all = [...new Set(years.map((y) => y.year))];
  const before = all.filter((y) => y < year).at(-1);
  const after = all.find((y) => y > year);
  return [before, after].filter((y): y is number => y !== undefined);
}

/** An empty result says why and offers a way on: the nearest years, or no filters. */
export function NoEventsFound({
  filters,
  years,
  onChange,
}: {
  filters: EventFilters;
  years: EventYear[];
  onChange: (next: EventFilters) => void;
}) {
  const nearby = filters.year !== null ? nearestYears(filters.year, years) : [];
  return (
    <div className="empty-state" role="status">
      <p>
        {filters.year !== null
          ? `No events match these filters in ${filters.year}.`
          : 'No events match these filters.'}
      </p>
      {nearby.length > 0 && (
        <p>
          Nearest years with events:{' '}
          {nearby.map((y) => (
            <button
              key={y}
              type="button"
              className="link-button"
              onClick={() => onChange(withYear(filters, y))}
            >
              {y}
            </button>
          ))}
        </p>
      )}
      <button type="button" onClick={() => onChange(noFilters)}>
        Show all events
      </button>
    </div>
  );
}
