'use client';

import type { ComponentProps } from 'react';
import YearBarChart from '@/components/charts/YearBarChart';

const height = 220;

type Props = Omit<ComponentProps<typeof YearBarChart>, 'height'>;

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
