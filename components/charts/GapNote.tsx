import { gapYears } from '@/lib/staffing/gaps';
import type { RecordGap, StaffingSeries } from '@/lib/staffing/types';

/** The stretches with no figure, in words: "No public figure: US staff in Russia, 1992–2000". */
export function GapNote({ gaps, series }: { gaps: RecordGap[]; series: StaffingSeries[] }) {
  if (!gaps.length) return null;
  const labelOf = (direction: string) =>
    series.find((s) => s.direction === direction)?.label ?? direction;
  return (
    <p className="chart-note gap-note">
      No public figure:{' '}
      {gaps.map((gap) => `${labelOf(gap.direction)}, ${gapYears(gap)}`).join('; ')}. What was
      searched is in the coverage table on the Sources tab.
    </p>
  );
}
