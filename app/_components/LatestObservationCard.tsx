import { SourceCitation } from '@/components/SourceCitation';
import { StatCard } from '@/components/StatCard';
import type { LatestObservation } from '@/db/queries/overview';
import { formatDate, formatHeadcount, scopeLabels } from '@/lib/format';

/** The latest figure(s) for one direction; several when sources disagree on that date. */
export function LatestObservationCard({
  label,
  observations,
}: {
  label: string;
  observations: LatestObservation[];
}) {
  const [first, ...others] = observations;
  if (!first) {
    return (
      <StatCard label={label} value="—">
        <p className="card-detail">No observation recorded yet.</p>
      </StatCard>
    );
  }
  return (
    <StatCard label={label} value={formatHeadcount(first.count, first.bound, first.isEstimate)}>
      {[first, ...others].map((o, i) => (
        <p className="card-detail" key={o.id} data-observation-id={o.id}>
          {i > 0 && <strong>{formatHeadcount(o.count, o.bound, o.isEstimate)}: </strong>}
          {scopeLabels[o.scope]}, {formatDate(o.observedOn, o.datePrecision)}.{' '}
          <SourceCitation publisher={o.sourcePublisher} title={o.sourceTitle} url={o.sourceUrl} />
        </p>
      ))}
    </StatCard>
  );
}
