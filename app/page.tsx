import { connection } from 'next/server';
import { StatCard } from '@/components/StatCard';
import { getDatasetSummary, listCountries, listLatestObservations } from '@/db/queries/overview';
import { formatDate, formatNumber } from '@/lib/format';
import { LatestObservationCard } from './_components/LatestObservationCard';

export default async function HomePage() {
  // Read the database on every request until the dashboard's cache invalidation lands:
  // an import must show on the next page load, never after a rebuild.
  await connection();
  const summary = getDatasetSummary();
  const countries = listCountries();
  const directions = countries.flatMap((sending) =>
    countries.filter((host) => host.code !== sending.code).map((host) => ({ sending, host })),
  );

  return (
    <main>
      <h1>US and Russian diplomats in each other’s countries</h1>
      <p className="lede">
        A sourced record of diplomatic headcounts and of the expulsions, closures and caps that
        changed them, from 1986 to the talks of 2025.
      </p>

      <h2>Latest recorded figures</h2>
      <ul className="cards" aria-label="Latest recorded figures">
        {directions.map(({ sending, host }) => (
          <LatestObservationCard
            key={`${sending.code}-${host.code}`}
            label={`${sending.adjective} staff in ${host.shortName}`}
            observations={listLatestObservations({ sending: sending.code, host: host.code })}
          />
        ))}
      </ul>

      <h2>In the dataset</h2>
      <ul className="cards" aria-label="In the dataset">
        <StatCard label="Events" value={formatNumber(summary.events)}>
          {summary.firstEventOn && summary.lastEventOn && (
            <p className="card-detail">
              From {formatDate(summary.firstEventOn, 'year')} to{' '}
              {formatDate(summary.lastEventOn, 'year')}
            </p>
          )}
        </StatCard>
        <StatCard label="Headcount observations" value={formatNumber(summary.headcounts)} />
        <StatCard label="Sources cited" value={formatNumber(summary.sources)} />
      </ul>
    </main>
  );
}
