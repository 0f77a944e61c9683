/**
 * The article's proposal as arithmetic: readmit `n` Russian diplomats, and under strict
 * reciprocity the US may add as many. Starting counts are one figure per side at a
 * comparable scope; the limits are the 1986 parity ceilings and the 2017 cap.
 */
export type ProposalInput = {
  russianNow: number;
  americanNow: number;
  readmit: number;
  /** The 1986 ceiling per side: embassy plus consulate. */
  ceiling1986: number;
  /** The 2017 cap on US staff in Russia. */
  cap2017: number;
};

export function proposalOf({
  russianNow,
  americanNow,
  readmit,
  ceiling1986,
  cap2017,
}: ProposalInput) {
  const russianAfter = russianNow + readmit;
  const americanAfter = americanNow + readmit;
  return {
    russianAfter,
    americanAfter,
    ratioNow: russianNow / americanNow,
    ratioAfter: russianAfter / americanAfter,
    /** Positive: above the ceiling by that many. */
    russianOverCeiling: russianAfter - ceiling1986,
    americanOverCeiling: americanAfter - ceiling1986,
    americanUnderCap: cap2017 - americanAfter,
  };
}

export const maxReadmit = 2000;

/** The number of diplomats readmitted from the address: a whole number from 0 to maxReadmit. */
export function readmitOf(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,4}$/.test(text)) return null;
  const n = Number(text);
  return n <= maxReadmit ? n : null;
}
