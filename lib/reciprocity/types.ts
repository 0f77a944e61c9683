import type { DatePrecision } from '../dataset/vocabulary';

/** One side of an exchange: a measure, or the answer to one. */
export type LedgerSide = {
  id: string;
  occurredOn: string;
  datePrecision: DatePrecision;
  actor: string;
  kind: string;
  people: number | null;
  summary: string;
};

export type LedgerPair = {
  measure: LedgerSide;
  answer: LedgerSide;
  /** Days from measure to answer; null unless both dates are known to the day. */
  lagDays: number | null;
  inKind: boolean;
  /** Both name the same number of people, more than none. */
  inNumber: boolean;
  /** The answer was a decision not to retaliate (kind `other`, nobody affected). */
  declined: boolean;
};

export type LedgerFilter = { from?: number | null; to?: number | null; kinds?: readonly string[] };
