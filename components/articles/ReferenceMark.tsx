import Link from 'next/link';
import { checkClaim, figureAgrees, sortFigures, verdictLabels } from '@/lib/articles/check';
import type { ArticleReferenceView, ReferencedEvent, ReferencedFigure } from '@/lib/articles/types';
import {
  eventKindLabels,
  formatDate,
  formatHeadcount,
  formatNumber,
  scopeLabels,
} from '@/lib/format';

const claimText = ({ value, bound }: NonNullable<ArticleReferenceView['claim']>) =>
  ({
    exact: formatNumber(value),
    about: `about ${formatNumber(value)}`,
    over: `over ${formatNumber(value)}`,
    under: `under ${formatNumber(value)}`,
  })[bound];

function EventLink({ event }: { event: ReferencedEvent }) {
  return (
    <Link href={`/events/${event.id}`}>
      {formatDate(event.occurredOn, event.datePrecision)}: {event.actorLabel}{' '}
      {eventKindLabels[event.kind].toLowerCase()}
      {event.peopleAffected !== null && ` of ${formatNumber(event.peopleAffected)}`}
    </Link>
  );
}

function FigureLine({
  figure: f,
  claim,
  articleSourceId,
}: {
  figure: ReferencedFigure;
  claim: ArticleReferenceView['claim'];
  articleSourceId: string;
}) {
  return (
    <span
      className="reference-item"
      data-figure-id={f.id}
      data-agrees={claim ? figureAgrees(claim, f.count) : undefined}
    >
      {formatHeadcount(f.count, f.bound, f.isEstimate)} ({scopeLabels[f.scope]},{' '}
      {formatDate(f.observedOn, f.datePrecision)}) —{' '}
      {f.source.id === articleSourceId ? (
        'this article'
      ) : f.source.url ? (
        <a href={f.source.url} rel="noopener noreferrer external">
          {f.source.publisher}
        </a>
      ) : (
        f.source.publisher
      )}
    </span>
  );
}

/**
 * A passage of the article tied to the data. Hover or keyboard focus opens what the data
 * says: the figures with their sources and whether they bear the claim out, or the events
 * mentioned. Works without JavaScript (CSS :hover and :focus-within).
 */
export function ReferenceMark({
  reference,
  articleSourceId,
}: {
  reference: ArticleReferenceView;
  articleSourceId: string;
}) {
  const { id, quote, claim, figures, events, aggregate, note, scope } = reference;
  const { compared, countedDifferently, ownFigures } = sortFigures(figures, {
    scope,
    articleSourceId,
  });
  const verdict = claim
    ? checkClaim(claim, aggregate ? [aggregate.value] : compared.map((f) => f.count))
    : null;
  const line = (f: ReferencedFigure) => (
    <FigureLine key={f.id} figure={f} claim={claim} articleSourceId={articleSourceId} />
  );
  const detailsId = `ref-${id}-details`;
  return (
    <span className="reference" id={`ref-${id}`} data-verdict={verdict ?? 'mention'}>
      <mark tabIndex={0} aria-describedby={detailsId}>
        {quote}
      </mark>
      <span className="reference-details" id={detailsId} role="note">
        {claim && verdict && (
          <span className="reference-verdict">
            {verdictLabels[verdict]}: the article says {claimText(claim)}
            {scope && `, checked as ${scopeLabels[scope]}`}
            {aggregate && `; the data gives ${formatNumber(aggregate.value)}`}.
          </span>
        )}
        {aggregate && (
          <>
            <span className="reference-line">{aggregate.label}:</span>
            {aggregate.events.map((e) => (
              <span key={e.id} className="reference-item">
                <EventLink event={e} />
              </span>
            ))}
          </>
        )}
        {compared.length > 0 && scope && (
          <span className="reference-line">Counted as {scopeLabels[scope]}:</span>
        )}
        {compared.map(line)}
        {countedDifferently.length > 0 && (
          <span className="reference-line" data-group="counted-differently">
            Counted differently, so not used in the check:
          </span>
        )}
        {countedDifferently.map(line)}
        {ownFigures.map(line)}
        {!aggregate &&
          events.map((e) => (
            <span key={e.id} className="reference-item">
              <EventLink event={e} />
            </span>
          ))}
        {note && <span className="reference-note">{note}</span>}
      </span>
    </span>
  );
}
