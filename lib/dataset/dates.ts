import type { DatePrecision } from './vocabulary';

export type PreciseDate = { date: string; precision: DatePrecision };

const partialIsoDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a full ISO day plus the precision the
 * writer gave. Returns null for malformed or impossible dates such as 2018-02-30.
 */
export function parsePartialDate(text: string): PreciseDate | null {
  const match = partialIsoDate.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year';
  const date = `${year}-${month ?? '01'}-${day ?? '01'}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return null;
  return { date, precision };
}

/** The inverse of parsePartialDate: writes a date at the precision it is known to. */
export function formatPartialDate({ date, precision }: PreciseDate): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date;
}

/** Today's date (UTC) as YYYY-MM-DD: the day "now" means on every page and in every address. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
