import 'server-only';
import { asc, count, countDistinct, sql } from 'drizzle-orm';
import {
  coverageCells,
  periodLength,
  periodsBetween,
  type CoverageCell,
  type CoverageCount,
} from '@/lib/coverage/periods';
import { getDb } from '../client';
import { coverageNotes, headcounts } from '../schema';
import { getDataYears, listDirections } from './staffing';

// Integer division by a literal: a bound JavaScript number would be a REAL and not round.
const length = sql.raw(String(periodLength));
const period = sql<number>`(CAST(substr(${headcounts.observedOn}, 1, 4) AS INTEGER) / ${length}) * ${length}`;

/** Figures and sources per direction, five-year period and scope, counted in SQL. */
function countFigures(): CoverageCount[] {
  return getDb()
    .select({
      sending: headcounts.sendingCountry,
      host: headcounts.hostCountry,
      period,
      scope: headcounts.scope,
      figures: count(),
      sources: countDistinct(headcounts.sourceId),
      countryWide: sql<number>`sum(${headcounts.coverage} = 'country')`,
    })
    .from(headcounts)
    .groupBy(headcounts.sendingCountry, headcounts.hostCountry, period, headcounts.scope)
    .orderBy(headcounts.sendingCountry, headcounts.hostCountry, period, headcounts.scope)
    .all();
}

function listCoverageNotes() {
  return getDb()
    .select({
      sending: coverageNotes.sendingCountry,
      host: coverageNotes.hostCountry,
      period: coverageNotes.periodStart,
      note: coverageNotes.note,
      searched: coverageNotes.searched,
    })
    .from(coverageNotes)
    .orderBy(asc(coverageNotes.periodStart))
    .all();
}

export type CoverageDirection = { key: string; label: string; cells: CoverageCell[] };

/** What the record holds, direction by period, from the first year of data to the last. */
export function getCoverage(): { periods: number[]; directions: CoverageDirection[] } {
  const years = getDataYears();
  const periods = periodsBetween(years.first, years.last);
  const counts = countFigures();
  const notes = listCoverageNotes();
  return {
    periods,
    directions: listDirections('all', [years.first, years.last]).map((d) => ({
      key: d.key,
      label: d.label,
      cells: coverageCells(d, periods, counts, notes),
    })),
  };
}
