'use client';

import { countryColor } from '@/lib/chart/colors';
import { gapYears } from '@/lib/staffing/gaps';
import { fractionOf } from '@/lib/chart/axis';
import type { Direction, RecordGap } from '@/lib/staffing/types';

/**
 * The stretches where a direction has no figure, drawn across the plot as hatched bands
 * in the direction's colour and named ("no public figure 1992–2000"), one row per
 * direction at the foot of the plot: blank space would read as zero.
 */
export function GapLayer({
  gaps,
  directions,
  domain,
}: {
  gaps: RecordGap[];
  directions: Direction[];
  domain: [number, number];
}) {
  return (
    <div className="gap-layer" aria-hidden="true">
      {gaps.map((gap) => {
        const row = directions.findIndex((d) => d.key === gap.direction);
        const direction = directions[row];
        if (!direction) return null;
        const left = fractionOf(gap.from, domain);
        const right = fractionOf(gap.to, domain);
        const text = `no public figure ${gapYears(gap)}`;
        return (
          <span
            key={`${gap.direction}-${gap.from}`}
            className="gap-band"
            data-direction={gap.direction}
            title={`${direction.label}: ${text}`}
            style={{
              left: `${left * 100}%`,
              width: `${(right - left) * 100}%`,
              bottom: `${row * 1.35 + 0.15}rem`,
              color: countryColor(direction.sending),
            }}
          >
            <span className="gap-label">{text}</span>
          </span>
        );
      })}
    </div>
  );
}
