// Dates on a time axis: milliseconds since 1970 (UTC), as the charts place them.

export function timeOf(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

export function yearStart(year: number): number {
  return Date.UTC(year, 0, 1);
}

export function yearEnd(year: number): number {
  return Date.UTC(year, 11, 31);
}
