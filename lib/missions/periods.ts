import type { FacilityRole } from '@/lib/dataset/vocabulary';
import type { FacilityState } from './states';

/** A stretch of a facility's life: open or suspended, from a day to a day (exclusive). */
export type Period = {
  /** null: in use before the record starts (the opening date is not recorded). */
  from: string | null;
  /** null: still so today. */
  to: string | null;
  state: 'open' | 'suspended';
};

type Dates = { openedOn: string | null; closedOn: string | null };
type Link = { role: FacilityRole; occurredOn: string };

/** Same-day changes apply suspension first, so a post suspended and reopened on one day is open. */
const roleOrder = (role: FacilityRole) => (role === 'reopened' ? 1 : 0);

/**
 * The periods a facility was open or suspended, by the rule the map's SQL uses
 * (db/queries/facilities.ts): open from its opening to its closing; suspended from an event
 * that suspended it to one that reopened it. Changes outside its life are ignored.
 */
export function periodsOf({ openedOn, closedOn }: Dates, links: readonly Link[]): Period[] {
  const changes = links
    .filter((link) => link.role === 'suspended' || link.role === 'reopened')
    .filter(
      (link) =>
        (!openedOn || link.occurredOn >= openedOn) && (!closedOn || link.occurredOn < closedOn),
    )
    .sort(
      (a, b) => a.occurredOn.localeCompare(b.occurredOn) || roleOrder(a.role) - roleOrder(b.role),
    );
  const periods: Period[] = [];
  let current: Period = { from: openedOn, to: null, state: 'open' };
  for (const change of changes) {
    const state = change.role === 'suspended' ? 'suspended' : 'open';
    periods.push({ ...current, to: change.occurredOn });
    current = { from: change.occurredOn, to: null, state };
  }
  periods.push({ ...current, to: closedOn });
  // A change that changes nothing (a second suspension) or is undone on the same day leaves
  // periods of one state side by side, or of no length: join the first, drop the second.
  const joined: Period[] = [];
  for (const period of periods) {
    if (period.from !== null && period.to !== null && period.from >= period.to) continue;
    const last = joined.at(-1);
    if (last && last.state === period.state) last.to = period.to;
    else joined.push({ ...period });
  }
  return joined.length ? joined : periods.slice(0, 1);
}

/** The state on `day` that the periods give: the same answer the SQL gives for that day. */
export function stateOnDay(dates: Dates, periods: readonly Period[], day: string): FacilityState {
  if (dates.openedOn && dates.openedOn > day) return 'not_open';
  if (dates.closedOn && dates.closedOn <= day) return 'closed';
  if (!dates.openedOn) return 'undated';
  // The periods run in order from the opening, so the day's is the first not over by then.
  const period = periods.find((p) => p.to === null || day < p.to);
  return period ? period.state : 'closed';
}
