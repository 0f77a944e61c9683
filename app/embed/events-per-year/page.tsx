import type { Metadata } from 'next';
import { listCountries } from '@/db/queries/countries';
import { listEventYears } from '@/db/queries/events';
import { lastChangedAt } from '@/db/revision';
import { eventsHref, noFilters } from '@/lib/events/address';
import { EmbedSource } from '../_components/EmbedSource';
import { EmbedYearChart } from '../_components/EmbedYearChart';

const title = 'Diplomats expelled each year, by the US and by Russia';

export const metadata: Metadata = { title, robots: { index: false } };

/** The events-per-year chart, to be framed by another site. */
export default function EventsPerYearEmbed() {
  return (
    <figure className="embed-figure">
      <figcaption>
        <h1>{title}</h1>
        <p className="chart-description">
          Diplomats each country expelled in a year (the sum over expulsions with a known number).
        </p>
      </figcaption>
      <EmbedYearChart years={listEventYears()} countries={listCountries()} />
      <EmbedSource href={eventsHref(noFilters)} changedAt={lastChangedAt()} />
    </figure>
  );
}
