import { SourceCitation } from '@/components/SourceCitation';
import { StatCard } from '@/components/StatCard';
import { SupportBadge } from '@/components/SupportBadge';
import type { HeadlineFigures as Figures, HeadlineObservation } from '@/db/queries/headlines';
import { formatDate, formatHeadcount, formatNumber, scopeLabels } from '@/lib/format';
import { comparableWindowMonths } from '@/lib/staffing/comparable';

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
      <SupportBadge support={observation.support} />
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
          Peak: <strong>{headcount(peak)}</strong>
          {peak.label !== direction.label && ` (${peak.label})`}, <Provenance observation={peak} />
        </p>
      )}
    </StatCard>
  );
}

/** "about 200 (29 October 2021, The Hill)": a figure the ratio uses, named in full. */
function RatioFigure({
  observation: o,
}: {
  observation: HeadlineObservation & { includesUnMission?: boolean | null };
}) {
  return (
    <span data-observation-id={o.id}>
      {headcount(o)} ({when(o)}, {o.sourcePublisher}
      {o.includesUnMission && ', UN mission included'})
    </span>
  );
}

function RatioCard({ ratio }: { ratio: Figures['ratio'] }) {
  if (!ratio) {
    return (
      <StatCard label="Ratio at a comparable scope" value="—">
        <p className="card-detail">
          No ratio: no two figures, one each way, count the same thing (scope and posts covered)
          within {comparableWindowMonths} months of each other.
        </p>
      </StatCard>
    );
  }
  const { numerator, denominator, low, high } = ratio;
  return (
    <StatCard
      label="Ratio at a comparable scope"
      value={low === high ? `${low.toFixed(1)}×` : `${low.toFixed(1)}–${high.toFixed(1)}×`}
    >
      <p className="card-detail">
        {numerator.label} per {denominator.label}, both counted as {scopeLabels[ratio.scope]} in the
        whole country, within {comparableWindowMonths} months:{' '}
        {numerator.observations.map((o) => (
          <RatioFigure key={o.id} observation={o} />
        ))}{' '}
        and{' '}
        {denominator.observations.map((o) => (
          <RatioFigure key={o.id} observation={o} />
        ))}
        .
      </p>
      <p className="card-detail source">
        The most recent pair that counts like with like; later figures count differently or lie
        further apart.
      </p>
    </StatCard>
  );
}

function ExpulsionsCard({ expulsions }: { expulsions: Figures['expulsions'] }) {
  const current = expulsions.filter((e) => e.until === null);
  const since = current[0]?.since;
  return (
    <StatCard
      label={since ? `Diplomats expelled since ${since}` : 'Diplomats expelled'}
      value={current.map((e) => `${e.actorLabel} ${formatNumber(e.people)}`).join(' · ')}
    >
      {expulsions.map((e) => (
        <p
          className="card-detail"
          key={`${e.actor}-${e.era}`}
          data-actor={e.actor}
          data-era={e.era}
        >
          By {e.actorName}: {formatNumber(e.people)} {e.targetAdjective} diplomats in{' '}
          {formatNumber(e.expulsions)} expulsions,{' '}
          {e.until === null ? `since ${e.since ?? e.from}` : `${e.from}–${e.until}`}
          {e.undisclosed > 0 && ` (${e.undisclosed} with no number disclosed, not counted)`}.
        </p>
      ))}
      <p className="card-detail source">
        Sum of the expulsion events in the data; Soviet and Russian diplomats are counted apart.
      </p>
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
      <RatioCard ratio={figures.ratio} />
      <ExpulsionsCard expulsions={figures.expulsions} />
    </ul>
  );
}
