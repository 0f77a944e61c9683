'use client';

import YearBarChart from '@/components/charts/YearBarChart';
import type { CountryNames } from '@/lib/countries/names';
import { eventsHref, noFilters, withYear } from '@/lib/events/address';
import type { EventYear } from '@/lib/events/types';

const yearHref = (year: number) => eventsHref(withYear(noFilters, year));

/** The events-per-year chart in a frame: a year opens its events on the tracker, in a new tab. */
export function EmbedYearChart({
  years,
  countries,
}: {
  years: EventYear[];
  countries: CountryNames[];
}) {
  return (
    <YearBarChart
      years={years}
      countries={countries}
      selectedYear={null}
      onSelectYear={(year) => window.open(yearHref(year), '_blank', 'noopener')}
      yearHref={yearHref}
      height={220}
    />
  );
}
