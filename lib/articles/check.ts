import type { ClaimBound } from '../dataset/vocabulary';

/** How far "about N" may stray and still agree: a tenth either way, plus rounding. */
const aboutTolerance = 0.15;

export type Verdict = 'agrees' | 'mixed' | 'disagrees' | 'unchecked';

/** Whether one figure from the data bears out a claim such as "over 1,200" or "about 120". */
export function figureAgrees(claim: { value: number; bound: ClaimBound }, figure: number): boolean {
  switch (claim.bound) {
    case 'over':
      return figure > claim.value;
    case 'under':
      return figure < claim.value;
    case 'about':
      return Math.abs(figure - claim.value) <= claim.value * aboutTolerance;
    case 'exact':
      return figure === claim.value;
  }
}

/**
 * What the data says of a claim, from the figures that do not come from the article itself
 * (an article cannot confirm its own number).
 */
export function checkClaim(
  claim: { value: number; bound: ClaimBound },
  independentFigures: number[],
): Verdict {
  if (!independentFigures.length) return 'unchecked';
  const agreeing = independentFigures.filter((figure) => figureAgrees(claim, figure)).length;
  if (agreeing === independentFigures.length) return 'agrees';
  return agreeing === 0 ? 'disagrees' : 'mixed';
}

export const verdictLabels: Record<Verdict, string> = {
  agrees: 'The data agrees',
  mixed: 'The data partly agrees',
  disagrees: 'The data disagrees',
  unchecked: 'No independent figure to check against',
};
