import type { EventTotals } from '@/lib/events/types';
import { formatNumber } from '@/lib/format';

/** What the current filter adds up to, as counted in SQL over every matching event. */
export function EventTotalsPanel({ totals }: { totals: EventTotals }) {
  return (
    <dl className="event-totals" aria-label="Totals for these filters">
      <div>
        <dt>Events</dt>
        <dd>{formatNumber(totals.events)}</dd>
      </div>
      {totals.expelledBy.map(({ actor, era, label, expelled }) => (
        <div key={`${actor}-${era}`} data-actor={actor} data-era={era}>
          <dt>{label}</dt>
          <dd>{formatNumber(expelled)}</dd>
        </div>
      ))}
      <div>
        <dt>Facilities closed</dt>
        <dd>{formatNumber(totals.facilitiesClosed)}</dd>
      </div>
    </dl>
  );
}
