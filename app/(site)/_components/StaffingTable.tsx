'use client';

import Link from 'next/link';
import { SourceCitation } from '@/components/SourceCitation';
import { figureHref } from '@/lib/corrections/record';
import { SupportBadge } from '@/components/SupportBadge';
import { GapNote } from '@/components/charts/GapNote';
import { directionLabelOn, indexCountries } from '@/lib/countries/names';
import {
  formatDate,
  formatHeadcount,
  formatNumber,
  scopeLabels,
  viewScopeLabels,
} from '@/lib/format';
import { indexSources } from '@/lib/staffing/types';
import type { StaffingView } from '@/lib/staffing/address';
import { useStaffingData } from './useStaffingData';

/**
 * The chart's numbers as a table: every figure in the range, each with its source, named as
 * the countries were then ("Soviet staff in the US" before 1992), and the stretches with no
 * figure.
 */
export function StaffingTable({ view }: { view: StaffingView }) {
  const { data } = useStaffingData(view);
  if (!data) return null;
  if (!data.figuresListed) {
    const figures = data.series
      .flatMap((s) => s.steps)
      .filter((step) => !step.heldFrom)
      .reduce((n, step) => n + step.figureCount, 0);
    return (
      <p>
        This range holds {formatNumber(figures)} figures, more than a table can usefully list.
        Narrow the range, or download the CSV, which holds every figure with its source.
      </p>
    );
  }
  const sources = indexSources(data.sources);
  const countries = indexCountries(data.countries);
  // In date order across scopes; a figure carried in from before the range comes first.
  const rows = data.series
    .flatMap((series) =>
      series.steps.flatMap((step) =>
        step.observations.map((observation) => ({ series, step, observation })),
      ),
    )
    .sort((a, b) => a.observation.date.localeCompare(b.observation.date));
  const from = new Date(data.domain[0]).getUTCFullYear();
  const to = new Date(data.domain[1]).getUTCFullYear();
  return (
    <>
      {rows.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>
              Country-wide figures, {viewScopeLabels[data.view.scope]}, {from}–{to}
            </caption>
            <thead>
              <tr>
                <th scope="col">Staff</th>
                <th scope="col">Counted as</th>
                <th scope="col">Date</th>
                <th scope="col" className="numeric">
                  Figure
                </th>
                <th scope="col">Source and notes</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ series, step, observation: o }) => (
                <tr key={`${series.key}-${o.id}`} data-observation-id={o.id}>
                  <td>{directionLabelOn(countries, series, o.date)}</td>
                  <td>{scopeLabels[o.scope]}</td>
                  <td>
                    <Link href={figureHref(o.id)} prefetch={false}>
                      {formatDate(o.date, o.precision)}
                    </Link>
                    {step.heldFrom && (
                      <span className="source"> (in force at the start of the range)</span>
                    )}
                  </td>
                  <td className="numeric">{formatHeadcount(o.count, o.bound, o.isEstimate)}</td>
                  <td>
                    {sources.has(o.sourceId) && <SourceCitation {...sources.get(o.sourceId)!} />}{' '}
                    <SupportBadge support={o.support} />
                    {o.note && <span className="source"> — {o.note}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No country-wide figures of this kind in this range.</p>
      )}
      <GapNote gaps={data.gaps} directions={data.directions} />
    </>
  );
}
