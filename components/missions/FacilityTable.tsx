import Link from 'next/link';
import type { FacilityOnDay } from '@/db/queries/facilities';
import { formatDate } from '@/lib/format';
import {
  facilityHref,
  missionsHref,
  type MissionSort,
  type MissionsView,
} from '@/lib/missions/address';
import { sortFacilities } from '@/lib/missions/sort';
import { facilityKindLabels, facilityStateLabels } from '@/lib/missions/states';

const columns: { sort: MissionSort; label: string }[] = [
  { sort: 'name', label: 'Post or property' },
  { sort: 'city', label: 'City' },
  { sort: 'kind', label: 'Kind' },
  { sort: 'opened', label: 'Opened' },
  { sort: 'closed', label: 'Closed' },
  { sort: 'state', label: 'On the day' },
];

const dateOrBlank = (
  date: string | null,
  precision: FacilityOnDay['openedPrecision'],
  blank: string,
) => (date && precision ? formatDate(date, precision) : blank);

/**
 * The map and timeline as a table: every facility, the same facts, sorted by any column
 * through links (no script), with the sort stated to assistive technology by aria-sort.
 */
export function FacilityTable({
  facilities,
  view,
  caption,
  sideLabel,
}: {
  facilities: FacilityOnDay[];
  view: MissionsView;
  caption: string;
  sideLabel: (code: string) => string;
}) {
  const rows = sortFacilities(facilities, view.sort, view.dir);
  return (
    <div className="table-scroll">
      <table className="data-table facility-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Run by</th>
            {columns.map((column) => {
              const current = view.sort === column.sort;
              const dir = current && view.dir === 'asc' ? 'desc' : 'asc';
              return (
                <th
                  key={column.sort}
                  scope="col"
                  aria-sort={
                    current ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                >
                  <Link
                    href={`${missionsHref({ ...view, sort: column.sort, dir })}#table`}
                    prefetch={false}
                    scroll={false}
                  >
                    {column.label}
                    <span aria-hidden="true">
                      {current ? (view.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id} data-facility-id={f.id}>
              <td>{sideLabel(f.operatedBy)}</td>
              <th scope="row">
                <Link href={facilityHref(f.id)} prefetch={false}>
                  {f.name}
                </Link>
              </th>
              <td>{f.city}</td>
              <td>{facilityKindLabels[f.kind]}</td>
              <td>{dateOrBlank(f.openedOn, f.openedPrecision, 'not recorded')}</td>
              <td>{dateOrBlank(f.closedOn, f.closedPrecision, '—')}</td>
              <td className={`state-${f.state}`}>{facilityStateLabels[f.state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
