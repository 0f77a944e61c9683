import Link from 'next/link';
import type { LedgerPair, LedgerSide } from '@/lib/reciprocity/types';
import { formatDate } from '@/lib/format';
import { amountOf, pairLabel } from '@/lib/reciprocity/ledger';

type Names = (code: string, date: string) => string;

function Side({ side, names, declined }: { side: LedgerSide; names: Names; declined?: boolean }) {
  return (
    <>
      <td>{formatDate(side.occurredOn, side.datePrecision)}</td>
      <td>{names(side.actor, side.occurredOn)}</td>
      <td>
        <Link href={`/events/${encodeURIComponent(side.id)}`} prefetch={false}>
          {side.summary}
        </Link>
      </td>
      <td className="numeric">{amountOf(side, declined)}</td>
    </>
  );
}

/** Every measure beside its answer, with the exchange in a few characters. */
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
            <th scope="col">By</th>
            <th scope="col">What</th>
            <th scope="col" className="numeric">
              People
            </th>
            <th scope="col">Answer</th>
            <th scope="col">By</th>
            <th scope="col">What</th>
            <th scope="col" className="numeric">
              People
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={`${pair.measure.id} ${pair.answer.id}`} data-answer-id={pair.answer.id}>
              <th scope="row" className="exchange">
                {pairLabel(pair, (code) => names(code, pair.answer.occurredOn))}
              </th>
              <Side side={pair.measure} names={names} />
              <Side side={pair.answer} names={names} declined={pair.declined} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
