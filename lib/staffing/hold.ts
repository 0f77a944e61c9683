/**
 * How long a figure is drawn without a newer one. A value holds until the next observation,
 * but a count from 1983 says nothing about 2025: past this, the line stops.
 */
export const maxHoldYears = 5;

/** The last moment a figure observed at `t` is still drawn: the same day, five years on. */
export function heldUntil(t: number): number {
  const date = new Date(t);
  return Date.UTC(date.getUTCFullYear() + maxHoldYears, date.getUTCMonth(), date.getUTCDate());
}
