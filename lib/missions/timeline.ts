/** The timeline's span: from this year to the end of the current year. Earlier openings are clipped and said. */
export const timelineStartYear = 1930;

/** A date's position on an axis from `startYear` to `endYear` (both whole years), in percent. */
export function positionOf(date: string, startYear: number, endYear: number): number {
  const instant = Date.parse(`${date}T00:00:00Z`);
  const start = Date.UTC(startYear, 0, 1);
  const end = Date.UTC(endYear, 0, 1);
  const share = (instant - start) / (end - start);
  return Number((Math.min(1, Math.max(0, share)) * 100).toFixed(2));
}

/** Decade ticks inside the axis, e.g. 1970, 1980, … 2020. */
export function decadeTicks(startYear: number, endYear: number): number[] {
  const ticks: number[] = [];
  for (let year = Math.ceil(startYear / 10) * 10; year < endYear; year += 10) ticks.push(year);
  return ticks;
}
