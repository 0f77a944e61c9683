'use client';

import YearBarChart from '@/components/charts/YearBarChart';
import type { CountryNames } from '@/lib/countries/names';
import type { EventYear } from '@/lib/events/types';

const height = 220;

type Props = {
  years: EventYear[];
  countries: CountryNames[];
  selectedYear: number | null;
  onSelectYear: (year: number) => void;
  yearHref: (year: number) => string;
};

export function YearChartPanel(props: Props) {
  return (
    <section aria-labelledby="year-chart-heading">
      <h2 id="year-chart-heading">Diplomats expelled each year</h2>
      <p id="year-chart-description" className="chart-description">
        Bars are the diplomats each country expelled in a year (sum over expulsions with a known
        number). Choose a bar, or the year filter above, to list that year’s events.
      </p>
      <YearBarChart {...props} height={height} />
    </section>
  );
}
