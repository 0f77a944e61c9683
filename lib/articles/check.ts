import type { ClaimBound, HeadcountScope } from '../dataset/vocabulary';

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

/**
 * The figures a claim is checked against: like with like. A figure from the article itself
 * cannot confirm it, and one of another scope (all staff vs diplomats) counts something
 * else: both are shown to the reader, but neither enters the verdict.
 */
export function sortFigures<F extends { scope: HeadcountScope; source: { id: string } }>(
  figures: F[],
  { scope, articleSourceId }: { scope: HeadcountScope | null; articleSourceId: string },
): { compared: F[]; countedDifferently: F[]; ownFigures: F[] } {
  const ownFigures = figures.filter((f) => f.source.id === articleSourceId);
  const independent = figures.filter((f) => f.source.id !== articleSourceId);
  const sameScope = (f: F) => scope === null || f.scope === scope;
  return {
    compared: independent.filter(sameScope),
    countedDifferently: independent.filter((f) => !sameScope(f)),
    ownFigures,
  };
}
