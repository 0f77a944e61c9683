import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SourceCitation } from '@/components/SourceCitation';
import { listCountries } from '@/db/queries/countries';
import { getFacility, type FacilityDetail } from '@/db/queries/facilities';
import { indexCountries, namesOf } from '@/lib/countries/names';
import { formatDate, formatHeadcount, scopeLabels } from '@/lib/format';
import { dayBefore, missionsHref, defaultMissionsView } from '@/lib/missions/address';
import { facilityKindLabels } from '@/lib/missions/states';
import { defaultView, viewPath } from '@/lib/staffing/address';
import { eventsHref, noFilters } from '@/lib/events/address';
import { figureHref } from '@/lib/corrections/record';
import { RecordHistory } from '../../_components/RecordHistory';
import { FacilityHistory } from '../_components/FacilityHistory';

type Params = { id: string };

// Rendered on its first request, then served from the page cache (with its script hashes)
// until the data changes, like the views: shared caches may keep it (server/cache-rules.cjs).
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const facility = getFacility((await params).id);
  if (!facility) return {};
  return {
    title: facility.name,
    description: `${facilityKindLabels[facility.kind]} in ${facility.city}: when it opened, what closed it, with sources.`,
    alternates: { canonical: `/missions/${encodeURIComponent(facility.id)}` },
  };
}

/** Years of staffing around the post's last change, on the dashboard. */
const yearsAround = 4;

function dateOf(date: string | null, precision: FacilityDetail['openedPrecision']) {
  return date && precision ? formatDate(date, precision) : null;
}

export default async function FacilityPage({ params }: { params: Promise<Params> }) {
  const facility = getFacility((await params).id);
  if (!facility) notFound();
  const countries = indexCountries(listCountries());
  const opened = dateOf(facility.openedOn, facility.openedPrecision);
  const closed = dateOf(facility.closedOn, facility.closedPrecision);
  const focusDate = facility.closedOn ?? facility.openedOn ?? facility.events.at(-1)?.occurredOn;
  const year = Number((focusDate ?? new Date().toISOString()).slice(0, 4));
  const names = (code: string) => namesOf(countries, code, year);

  return (
    <main>
      <p>
        <Link href={missionsHref(defaultMissionsView)}>← All missions and facilities</Link>
      </p>
      <h1>{facility.name}</h1>
      <dl className="fact-list">
        <div>
          <dt>Run by</dt>
          <dd>{names(facility.operatedBy).name}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {facility.city}, {names(facility.hostCountry).name}
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{facilityKindLabels[facility.kind]}</dd>
        </div>
        <div>
          <dt>Opened</dt>
          <dd data-date="opened">
            {opened ?? 'not recorded'}
            {facility.openedSource && (
              <>
                {' '}
                <SourceCitation {...facility.openedSource} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Closed</dt>
          <dd data-date="closed">
            {closed ?? 'not closed in the record'}
            {facility.closedSource && (
              <>
                {' '}
                <SourceCitation {...facility.closedSource} />
              </>
            )}
          </dd>
        </div>
        {facility.dateNote && (
          <div>
            <dt>On the dates</dt>
            <dd>{facility.dateNote}</dd>
          </div>
        )}
        {facility.note && (
          <div>
            <dt>Note</dt>
            <dd>{facility.note}</dd>
          </div>
        )}
        <div>
          <dt>What and where</dt>
          <dd>
            <SourceCitation {...facility.source} />
          </dd>
        </div>
      </dl>

      <h2>History</h2>
      <FacilityHistory facility={facility} />

      <h2>Staff figures for this post</h2>
      {facility.figures.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>Headcounts recorded for this post alone</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col" className="numeric">
                  Count
                </th>
                <th scope="col">What is counted</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {facility.figures.map((figure) => (
                <tr key={figure.id} data-observation-id={figure.id}>
                  <td>
                    <Link href={figureHref(figure.id)} prefetch={false}>
                      {formatDate(figure.observedOn, figure.datePrecision)}
                    </Link>
                  </td>
                  <td className="numeric">
                    {formatHeadcount(figure.count, figure.bound, figure.isEstimate)}
                  </td>
                  <td>
                    {scopeLabels[figure.scope]}
                    {figure.note && <span className="source"> — {figure.note}</span>}
                  </td>
                  <td>
                    <SourceCitation {...figure.source} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No staff figure in the record covers this post alone.</p>
      )}

      <h2>Elsewhere</h2>
      <ul className="plain-list">
        <li>
          <Link
            href={viewPath({ ...defaultView, from: year - yearsAround, to: year + yearsAround })}
          >
            Staffing on the dashboard, {year - yearsAround}–{year + yearsAround}
          </Link>
        </li>
        {facility.closedOn && (
          <li>
            <Link href={missionsHref({ ...defaultMissionsView, on: dayBefore(facility.closedOn) })}>
              The map on the day before it closed
            </Link>
          </li>
        )}
        <li>
          <Link href={eventsHref({ ...noFilters, post: facility.id })}>
            The events that touched it, in the events explorer
          </Link>
        </li>
      </ul>

      <RecordHistory record={{ entity: 'facilities', id: facility.id }} />
    </main>
  );
}
