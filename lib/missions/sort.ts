import type { FacilityKind } from '@/lib/dataset/vocabulary';
import type { MissionSort, SortDirection } from './address';
import { facilityKindLabels, facilityStates, type FacilityState } from './states';

type Sortable = {
  name: string;
  city: string;
  kind: FacilityKind;
  openedOn: string | null;
  closedOn: string | null;
  state: FacilityState;
};

/** Missing dates sort last whichever the direction: "not recorded" and "still open" are not early or late. */
function compareDates(a: string | null, b: string | null, sign: number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return sign * a.localeCompare(b);
}

/** The table's rows in the order its header asks for, ties broken by name. */
export function sortFacilities<T extends Sortable>(
  rows: readonly T[],
  sort: MissionSort,
  dir: SortDirection,
): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byKey = (a: T, b: T): number => {
    switch (sort) {
      case 'name':
        return sign * a.name.localeCompare(b.name);
      case 'city':
        return sign * a.city.localeCompare(b.city);
      case 'kind':
        return sign * facilityKindLabels[a.kind].localeCompare(facilityKindLabels[b.kind]);
      case 'opened':
        return compareDates(a.openedOn, b.openedOn, sign);
      case 'closed':
        return compareDates(a.closedOn, b.closedOn, sign);
      case 'state':
        return sign * (facilityStates.indexOf(a.state) - facilityStates.indexOf(b.state));
    }
  };
  return [...rows].sort((a, b) => byKey(a, b) || a.name.localeCompare(b.name));
}
