import Link from 'next/link';
import { formatDate } from '@/lib/format';
import { missionsHref, type MissionsView } from '@/lib/missions/address';
import { firstDay } from '@/lib/missions/address';

/** Days that show a step in the record: before and after each wave of closures. */
const notableDays = ['1986-12-01', '2016-12-01', '2017-10-01', '2018-04-30', '2025-01-01'];

/**
 * The day shown, chosen with a plain GET form (works without script) or one of the days
 * that show a step; the table's sort rides along.
 */
export function DayForm({ view, day, today }: { view: MissionsView; day: string; today: string }) {
  const sorted = view.sort !== 'name' || view.dir !== 'asc';
  return (
    <div className="day-form">
      <form method="get" action="/missions">
        <label htmlFor="missions-on">Show the posts as they stood on</label>{' '}
        <input
          type="date"
          id="missions-on"
          name="on"
          defaultValue={day}
          min={firstDay}
          max={today}
        />
        {sorted && (
          <>
            <input type="hidden" name="sort" value={view.sort} />
            <input type="hidden" name="dir" value={view.dir} />
          </>
        )}{' '}
        <button type="submit">Show</button>
      </form>
      <p className="source">
        Or:{' '}
        {notableDays.map((notable, i) => (
          <span key={notable}>
            {i > 0 && ' · '}
            <Link href={missionsHref({ ...view, on: notable })} prefetch={false}>
              {formatDate(notable, 'day')}
            </Link>
          </span>
        ))}
        {' · '}
        <Link href={missionsHref({ ...view, on: null })} prefetch={false}>
          today
        </Link>
      </p>
    </div>
  );
}
