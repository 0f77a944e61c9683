import type { HeadcountScope } from '../dataset/vocabulary';

/**
 * What the record is measured by: for each direction, a figure that counts staff actually
 * posted — all staff, staff from the sending country, or diplomats — in every five-year
 * period from 1985–89 to 2020–24. Ceilings, local staff and "other" counts do not count.
 */
export const coverageScopes = [
  'total_staff',
  'nationals',
  'diplomats',
] as const satisfies readonly HeadcountScope[];

export const coverageGoal = { firstPeriod: 1985, lastPeriod: 2020 } as const;

export function inCoverageGoal(period: number): boolean {
  return period >= coverageGoal.firstPeriod && period <= coverageGoal.lastPeriod;
}

export const periodLength = 5;

export function periodOf(year: number): number {
  return Math.floor(year / periodLength) * periodLength;
}

export function periodLabel(start: number): string {
  return `${start}–${String(start + periodLength - 1).slice(-2)}`;
}

/** The periods from the one holding `first` to the one holding `last`, in order. */
export function periodsBetween(first: number, last: number): number[] {
  const periods: number[] = [];
  for (let start = periodOf(first); start <= last; start += periodLength) periods.push(start);
  return periods;
}

/** One direction, one period, one scope: how many figures and sources the data holds. */
export type CoverageCount = {
  sending: string;
  host: string;
  period: number;
  scope: HeadcountScope;
  figures: number;
  sources: number;
  /** Figures that cover every post in the host country, not one post or the UN mission. */
  countryWide: number;
};

export type CoverageCell = {
  sending: string;
  host: string;
  period: number;
  counts: CoverageCount[];
  /** Whether a figure of a coverage scope exists for this direction and period. */
  covered: boolean;
  note: { note: string; searched: string } | null;
};

/** The coverage matrix of one direction: a cell per period, covered or not, with its note. */
export function coverageCells(
  direction: { sending: string; host: string },
  periods: number[],
  counts: CoverageCount[],
  notes: { sending: string; host: string; period: number; note: string; searched: string }[],
): CoverageCell[] {
  const mine = <T extends { sending: string; host: string; period: number }>(row: T, p: number) =>
    row.sending === direction.sending && row.host === direction.host && row.period === p;
  return periods.map((period) => {
    const inCell = counts.filter((c) => mine(c, period));
    const note = notes.find((n) => mine(n, period));
    return {
      ...direction,
      period,
      counts: inCell,
      covered: inCell.some((c) => (coverageScopes as readonly string[]).includes(c.scope)),
      note: note ? { note: note.note, searched: note.searched } : null,
    };
  });
}
