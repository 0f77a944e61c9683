import type { LedgerPair, LedgerSide } from '@/lib/reciprocity/types';
import { formatDate } from '@/lib/format';
import { amountOf, pairLabel } from '@/lib/reciprocity/ledger';

type Names = (code: string, date: string) => string;

function Side({
  side,
  names,
  declined,
  label,
}: {
  side: LedgerSide;
  names: Names;
  declined?: boolean;
  label: string;
}) {
  return (
    <td data-label={label}>
      <span className="ledger-when">
        {formatDate(side.occurredOn, side.datePrecision)} · {names(side.actor, side.occurredOn)} ·{' '}
        {declined ? 'nobody' : amountOf(side)}
      </span>{' '}
      <a href={`/events/${encodeURIComponent(side.id)}`}>{side.summary}</a>
    </td>
  );
}

/**
 * Every measure beside its answer, with the exchange in a few characters. Its links, like
 * the page's other lists, are plain anchors: some 150 next/link components would each be
 * hydrated, and cost a phone a quarter of a second of blocked main thread.
 */
export function LedgerTable({ pairs, names }: { pairs: LedgerPair[]; names: Names }) {
  if (!pairs.length) return <p>No measure in these years and kinds has a recorded answer.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table ledger-table">
        <caption>Each measure and the answer the sources link to it</caption>
        <thead>
          <tr>
            <th scope="col">Exchange</th>
            <th scope="col">Measure</th>
            <th scope="col">Answer</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={`${pair.measure.id} ${pair.answer.id}`} data-answer-id={pair.answer.id}>
              <th scope="row" className="exchange">
                {pairLabel(pair, (code) => names(code, pair.answer.occurredOn))}
              </th>
              <Side side={pair.measure} names={names} label="Measure" />
              <Side side={pair.answer} names={names} declined={pair.declined} label="Answer" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
