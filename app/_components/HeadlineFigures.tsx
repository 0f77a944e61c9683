import { SourceCitation } from '@/components/SourceCitation';
import { StatCard } from '@/components/StatCard';
import type { HeadlineFigures as Figures, HeadlineObservation } from '@/db/queries/headlines';
import { formatDate, formatHeadcount, formatNumber, scopeLabels } from '@/lib/format';

const headcount = (o: HeadlineObservation) => formatHeadcount(o.count, o.bound, o.isEstimate);
const when = (o: HeadlineObservation) => formatDate(o.observedOn, o.datePrecision);

function Provenance({ observation }: { observation: HeadlineObservation }) {
  return (
    <>
      {scopeLabels[observation.scope]}, {when(observation)}.{' '}
      <SourceCitation
        title={observation.sourceTitle}
        publisher={observation.sourcePublisher}
        url={observation.sourceUrl}
      />
    </>
  );
}

type Direction = Figures['directions'][number];

// Where sources disagree the card lists them (two or three in the real data); beyond
// this many, a card would run on, and the table lists them all.
const alsoReportedShown = 3;

function DirectionCard({ direction }: { direction: Direction }) {
  const [latest, ...alsoReported] = direction.latest;
  const { peak } = direction;
  return (
    <StatCard label={direction.label} value={latest ? headcount(latest) : '—'}>
      {latest ? (
        <p className="card-detail" data-observation-id={latest.id}>
          Latest: <Provenance observation={latest} />
        </p>
      ) : (
        <p className="card-detail">No figure recorded.</p>
      )}
      {alsoReported.slice(0, alsoReportedShown).map((o) => (
        <p className="card-detail" key={o.id} data-observation-id={o.id}>
          Also reported then: <strong>{headcount(o)}</strong>, <Provenance observation={o} />
        </p>
      ))}
      {alsoReported.length > alsoReportedShown && (
        <p className="card-detail">
          And {formatNumber(alsoReported.length - alsoReportedShown)} more figures for that date,
          all in the CSV download.
        </p>
      )}
      {peak && (
        <p className="card-detail" data-observation-id={peak.id}>
          Peak: <strong>{headcount(peak)}</strong>, <Provenance observation={peak} />
        </p>
      )}
    </StatCard>
  );
}

function RatioCard({ ratio }: { ratio: NonNullable<Figures['ratio']> }) {
  const { numerator, denominator, low, high } = ratio;
  const [a] = numerator.observations;
  const [b] = denominator.observations;
  if (!a || !b) return null;
  return (
    <StatCard
      label="Ratio at a comparable scope"
      value={low === high ? `${low.toFixed(1)}×` : `${low.toFixed(1)}–${high.toFixed(1)}×`}
    >
      <p className="card-detail">
        {numerator.label} per {denominator.label}, both counted as {scopeLabels[ratio.scope]}:{' '}
        {headcount(a)} ({when(a)}) and {headcount(b)} ({when(b)}).
      </p>
    </StatCard>
  );
}

function ExpulsionsCard({ expulsions }: { expulsions: Figures['expulsions'] }) {
  return (
    <StatCard
      label="Diplomats expelled"
      value={expulsions.map((e) => `${e.actor} ${formatNumber(e.people)}`).join(' · ')}
    >
      {expulsions.map((e) => (
        <p className="card-detail" key={e.actor} data-actor={e.actor}>
          By {e.actor}: {formatNumber(e.people)} in {formatNumber(e.expulsions)} expulsions since{' '}
          {e.since}
          {e.undisclosed > 0 && ` (${e.undisclosed} with no number disclosed, not counted)`}.
        </p>
      ))}
      <p className="card-detail source">Sum of the expulsion events in the data.</p>
    </StatCard>
  );
}

/** The numbers a reader comes for, each with its date and source, computed from the database. */
export function HeadlineFigures({ figures }: { figures: Figures }) {
  return (
    <ul className="cards" aria-label="Headline figures">
      {figures.directions.map((d) => (
        <DirectionCard key={d.key} direction={d} />
      ))}
      {figures.ratio && <RatioCard ratio={figures.ratio} />}
      <ExpulsionsCard expulsions={figures.expulsions} />
    </ul>
  );
}
