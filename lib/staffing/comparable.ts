/**
 * The like-with-like rule for a ratio between two directions: two figures are compared only
 * when they count the same thing (one scope, one coverage — the caller asks within one)
 * and were observed within `windowMonths` of each other. The most recent such pair wins.
 */
export const comparableWindowMonths = 12;

export function withinMonths(a: string, b: string, months = comparableWindowMonths): boolean {
  const [earlier, later] = a <= b ? [a, b] : [b, a];
  return later <= addMonths(earlier, months);
}

export function addMonths(isoDay: string, months: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * Walks both directions back from their latest figures: while the two dates are too far
 * apart, the newer side steps back to its latest figure no later than the older date plus
 * the window. `latest(side, until)` is the latest date with a figure on that side, at or
 * before `until` (null: any date). Ends at the most recent pair in the window, or null.
 */
export function findComparablePair(
  latest: (side: 'a' | 'b', until: string | null) => string | null,
  months = comparableWindowMonths,
): { a: string; b: string } | null {
  let a = latest('a', null);
  let b = latest('b', null);
  while (a !== null && b !== null) {
    if (withinMonths(a, b, months)) return { a, b };
    const next: string | null =
      a > b ? latest('a', addMonths(b, months)) : latest('b', addMonths(a, months));
    if (a > b) a = next;
    else b = next;
  }
  return null;
}
