import { inCoverageGoal, periodLabel, type CoverageCell } from '../coverage/periods';
import type { Finding } from './rules';

/**
 * A period of the goal with no staffing figure must say why, in coverage-notes.csv: what
 * was searched and what the public record holds. A gap is never left unexplained.
 */
export function unexplainedGaps(coverage: {
  directions: { key: string; cells: CoverageCell[] }[];
}): Finding[] {
  return coverage.directions.flatMap((direction) =>
    direction.cells
      .filter((cell) => inCoverageGoal(cell.period) && !cell.covered && !cell.note)
      .map((cell) => ({
        rule: 'unexplained-gap',
        id: `${direction.key} ${periodLabel(cell.period)}`,
        message: 'no staffing figure and no coverage note: add one to coverage-notes.csv',
      })),
  );
}
