import { gapYears } from '@/lib/staffing/gaps';
import type { Direction, RecordGap } from '@/lib/staffing/types';

/** The stretches with no figure, in words: "No public figure: US staff in Russia, 1992–2000". */
export function GapNote({ gaps, directions }: { gaps: RecordGap[]; directions: Direction[] }) {
  if (!gaps.length) return null;
  const labelOf = (key: string) => directions.find((d) => d.key === key)?.label ?? key;
  return (
    <p className="chart-note gap-note">
      No public figure:{' '}
      {gaps.map((gap) => `${labelOf(gap.direction)}, ${gapYears(gap)}`).join('; ')}. What was
      searched is in the coverage table on the Sources tab.
    </p>
  );
}
