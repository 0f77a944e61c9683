'use client';

import { useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { expelledLabel, nameOverTime, type CountryNames } from '@/lib/countries/names';
import type { EventYear } from '@/lib/events/types';
import { countTicks } from '@/lib/chart/axis';
import { yearRows, type YearRow } from '@/lib/events/year-rows';
import { formatNumber } from '@/lib/format';
import { countryColor } from '@/lib/chart/colors';

type Props = {
  years: EventYear[];
  /** To name each country as it was in each year (the Soviet Union for RU before 1992). */
  countries: CountryNames[];
  selectedYear: number | null;
  onSelectYear: (year: number) => void;
  /** The address that lists a year, followed when scripts are off or in a new tab. */
  yearHref: (year: number) => string;
  height: number;
};

function describeYear(row: YearRow, actors: string[], countries: CountryNames[]): string {
  const parts = actors.map(
    (actor) => `${formatNumber(row[actor] ?? 0)} ${expelledLabel(countries, actor, row.year)}`,
  );
  return `${row.year}: ${parts.join(', ')}`;
}

const labelEvery = 5;

/**
 * Diplomats expelled per year by each acting country, as HTML bars (about 40 years × 2
 * countries: no chart library needed, drawn by the server, nothing to load). Each year is a
 * link to its events; one tab stop for the chart, arrow keys move between years.
 */
export default function YearBarChart({
  years,
  countries,
  selectedYear,
  onSelectYear,
  yearHref,
  height,
}: Props) {
  const { rows, actors } = useMemo(() => yearRows(years), [years]);
  const nameOf = (code: string) => {
    const country = countries.find((c) => c.code === code);
    return country ? nameOverTime(country) : code;
  };
  const barsRef = useRef<HTMLOListElement>(null);
  if (!rows.length) return <p className="chart-empty">No events recorded yet.</p>;

  const ticks = countTicks(Math.max(...rows.flatMap((row) => actors.map((a) => row[a] ?? 0))));
  const top = ticks.at(-1)! || 1;
  const tabStop = rows.some((row) => row.year === selectedYear) ? selectedYear : rows.at(-1)!.year;

  function select(event: MouseEvent, year: number) {
    // A modified click opens the link as usual (new tab or window).
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSelectYear(year);
  }

  function moveFocus(event: KeyboardEvent, index: number) {
    const last = rows.length - 1;
    const target = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    barsRef.current
      ?.querySelectorAll<HTMLAnchorElement>('a')
      [Math.min(last, Math.max(0, target))]?.focus();
  }

  return (
    <div>
      <ul className="chart-legend" aria-label="Legend">
        {actors.map((actor) => (
          <li key={actor}>
            <span
              className="swatch"
              style={{ background: countryColor(actor) }}
              aria-hidden="true"
            />
            expelled by {nameOf(actor)}
          </li>
        ))}
      </ul>
      <div className="year-chart" style={{ height }}>
        <div className="year-chart-grid" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick} style={{ bottom: `${(tick / top) * 100}%` }}>
              <span>{formatNumber(tick)}</span>
            </span>
          ))}
        </div>
        <ol
          ref={barsRef}
          className="year-chart-bars"
          aria-label="Diplomats expelled each year; choose a year to list its events"
        >
          {rows.map((row, index) => {
            const description = describeYear(row, actors, countries);
            const dimmed = selectedYear !== null && selectedYear !== row.year;
            // Tooltips open towards the middle, so that the first and last years' stay on screen.
            const side =
              index < rows.length / 3 ? 'start' : index >= (rows.length * 2) / 3 ? 'end' : 'middle';
            return (
              <li key={row.year} className={`year-${side}${dimmed ? ' dimmed' : ''}`}>
                <a
                  href={yearHref(row.year)}
                  data-year={row.year}
                  aria-label={description}
                  aria-current={selectedYear === row.year ? 'true' : undefined}
                  tabIndex={row.year === tabStop ? 0 : -1}
                  onClick={(event) => select(event, row.year)}
                  onKeyDown={(event) => moveFocus(event, index)}
                >
                  {actors.map((actor) => (
                    <span
                      key={actor}
                      className="year-bar"
                      style={{
                        height: `${((row[actor] ?? 0) / top) * 100}%`,
                        background: countryColor(actor),
                      }}
                    />
                  ))}
                </a>
                <span className="year-tooltip" aria-hidden="true">
                  {description}
                </span>
                {row.year % labelEvery === 0 && (
                  <span className="year-label" aria-hidden="true">
                    {row.year}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
