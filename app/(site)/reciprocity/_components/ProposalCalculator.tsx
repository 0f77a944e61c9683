import { SourceCitation } from '@/components/SourceCitation';
import type { LimitFigure } from '@/db/queries/reciprocity';
import { formatDate, formatNumber } from '@/lib/format';
import { maxReadmit, proposalOf } from '@/lib/reciprocity/proposal';
import type { ReciprocityView } from '@/lib/reciprocity/address';

export type StartingFigure = {
  label: string;
  count: number;
  observedOn: string;
  datePrecision: 'day' | 'month' | 'year';
  sourceTitle: string;
  sourcePublisher: string;
  sourceUrl: string | null;
};

const n = formatNumber;

function Cited({
  figure,
}: {
  figure: Pick<StartingFigure, 'sourceTitle' | 'sourcePublisher' | 'sourceUrl'>;
}) {
  return (
    <SourceCitation
      title={figure.sourceTitle}
      publisher={figure.sourcePublisher}
      url={figure.sourceUrl}
    />
  );
}

/**
 * "Readmit N Russian diplomats; under strict reciprocity the US may add N": the arithmetic
 * from cited figures, N in the address (a plain form, so it works without script).
 */
export function ProposalCalculator({
  view,
  russian,
  american,
  ceiling1986,
  cap2017,
}: {
  view: ReciprocityView;
  russian: StartingFigure;
  american: StartingFigure;
  ceiling1986: LimitFigure[];
  cap2017: LimitFigure | null;
}) {
  const ceiling = ceiling1986.reduce((sum, figure) => sum + figure.count, 0);
  const result = proposalOf({
    russianNow: russian.count,
    americanNow: american.count,
    readmit: view.readmit,
    ceiling1986: ceiling,
    cap2017: cap2017?.count ?? 0,
  });
  const ratio = (value: number) => `${value.toFixed(2)}×`;
  return (
    <div className="proposal">
      <form method="get" action="/reciprocity#proposal" className="proposal-form">
        {view.from !== null && <input type="hidden" name="from" value={view.from} />}
        {view.to !== null && <input type="hidden" name="to" value={view.to} />}
        {view.kind && <input type="hidden" name="kind" value={view.kind} />}
        <label htmlFor="readmit">Readmit this many Russian diplomats</label>{' '}
        <input
          id="readmit"
          name="readmit"
          type="number"
          min={0}
          max={maxReadmit}
          step={1}
          defaultValue={view.readmit}
        />{' '}
        <button type="submit">Work it out</button>
      </form>
      <ol className="proposal-steps" data-readmit={view.readmit}>
        <li>
          Now: {russian.label}: <strong>{n(russian.count)}</strong> (
          {formatDate(russian.observedOn, russian.datePrecision)}, <Cited figure={russian} />
          ); {american.label}: <strong>{n(american.count)}</strong> (
          {formatDate(american.observedOn, american.datePrecision)}, <Cited figure={american} />
          ). Ratio {n(russian.count)} ÷ {n(american.count)} ={' '}
          <strong>{ratio(result.ratioNow)}</strong>.
        </li>
        <li>
          Readmit {n(view.readmit)}: {n(russian.count)} + {n(view.readmit)} ={' '}
          <strong data-result="russian">{n(result.russianAfter)}</strong> Russian diplomats in the
          US.
        </li>
        <li>
          Under strict reciprocity the US may add as many: {n(american.count)} + {n(view.readmit)} ={' '}
          <strong data-result="american">{n(result.americanAfter)}</strong>. Ratio{' '}
          {n(result.russianAfter)} ÷ {n(result.americanAfter)} ={' '}
          <strong data-result="ratio">{ratio(result.ratioAfter)}</strong>: one for one narrows the
          ratio but never closes the gap of {n(russian.count - american.count)}.
        </li>
        {ceiling1986.length > 0 && (
          <li>
            Against the 1986 parity ceilings, per side{' '}
            {ceiling1986.map((figure, i) => (
              <span key={figure.id}>
                {i > 0 && ' + '}
                {n(figure.count)} ({figure.coverage}, <Cited figure={figure} />)
              </span>
            ))}{' '}
            = {n(ceiling)}: Russia{' '}
            {result.russianOverCeiling >= 0
              ? `${n(result.russianOverCeiling)} over`
              : `${n(-result.russianOverCeiling)} under`}
            , the US{' '}
            {result.americanOverCeiling >= 0
              ? `${n(result.americanOverCeiling)} over`
              : `${n(-result.americanOverCeiling)} under`}
            . The ceilings counted all staff of the embassy and the consulate, not diplomats only.
          </li>
        )}
        {cap2017 && (
          <li>
            Against the 2017 cap of {n(cap2017.count)} on US staff in Russia (
            <Cited figure={cap2017} />
            ): the US would be{' '}
            {result.americanUnderCap >= 0
              ? `${n(result.americanUnderCap)} under it`
              : `${n(-result.americanUnderCap)} over it`}
            . The cap counts diplomatic and technical staff, so diplomats alone understate what it
            allows.
          </li>
        )}
      </ol>
    </div>
  );
}
