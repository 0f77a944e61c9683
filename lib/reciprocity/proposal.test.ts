import { describe, expect, it } from 'vitest';
import { maxReadmit, proposalOf, readmitOf } from './proposal';

describe('the proposal', () => {
  it('adds N to each side and gives the ratios and the distances to the limits', () => {
    expect(
      proposalOf({
        russianNow: 200,
        americanNow: 100,
        readmit: 100,
        ceiling1986: 251,
        cap2017: 455,
      }),
    ).toEqual({
      russianAfter: 300,
      americanAfter: 200,
      ratioNow: 2,
      ratioAfter: 1.5,
      russianOverCeiling: 49,
      americanOverCeiling: -51,
      americanUnderCap: 255,
    });
  });

  it('reads N from the address as a whole number from 0 to the maximum', () => {
    expect(readmitOf('0')).toBe(0);
    expect(readmitOf(String(maxReadmit))).toBe(maxReadmit);
    for (const text of [undefined, '', '-1', '1.5', '1e3', String(maxReadmit + 1), '12345']) {
      expect(readmitOf(text), String(text)).toBeNull();
    }
  });
});
