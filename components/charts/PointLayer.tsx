'use client';

import { formatPartialDate } from '@/lib/dataset/dates';
import { formatHeadcount } from '@/lib/format';
import { countryColor } from '@/lib/staffing/colors';
import { fractionOf } from '@/lib/staffing/scale';
import type { SeriesStep, SourceRef, StaffingSeries } from '@/lib/staffing/types';

type Props = {
  series: StaffingSeries[];
  sources: Map<string, SourceRef>;
  domain: [number, number];
  yMax: number;
};

/** One line per figure reported on a step's date: "1,210 (July 2017), The Epoch Times". */
function describeStep(step: SeriesStep, sources: Map<string, SourceRef>): string[] {
  return step.observations.map(
    (o) =>
      `${formatHeadcount(o.count, o.bound, o.isEstimate)} (${formatPartialDate({ date: o.date, precision: o.precision })}), ${sources.get(o.sourceId)?.publisher ?? 'unknown source'}`,
  );
}

/**
 * The reported figures, drawn over the chart's plot area on the same scales: a dot per
 * figure (hollow for estimates), and per date one focusable mark whose tooltip lists every
 * figure given for it with its source, so conflicts are read, not averaged.
 */
export function PointLayer({ series, sources, domain, yMax }: Props) {
  return (
    <div className="point-layer" role="group" aria-label="Reported figures">
      {series.flatMap((s) =>
        s.steps
          .filter((step) => !step.heldFrom)
          .map((step) => {
            const left = `${fractionOf(step.t, domain) * 100}%`;
            const top = (value: number) => `${(1 - value / yMax) * 100}%`;
            const lines = describeStep(step, sources);
            const tipId = `figure-${s.key}-${step.date}`;
            const color = countryColor(s.sending);
            return (
              <span
                key={`${s.key}-${step.date}`}
                className="point-step"
                style={{
                  left,
                  top: top(step.high),
                  bottom: `calc(100% - ${top(step.low)})`,
                  color,
                }}
              >
                {step.observations.map((o) => (
                  <span
                    key={o.id}
                    aria-hidden="true"
                    className={o.isEstimate ? 'point point-estimate' : 'point'}
                    style={{
                      top:
                        step.high === step.low
                          ? 0
                          : `${((step.high - o.count) / (step.high - step.low)) * 100}%`,
                    }}
                  />
                ))}
                <button
                  type="button"
                  className="point-hit"
                  aria-describedby={tipId}
                  aria-label={`${s.label}: ${lines.join('; ')}`}
                />
                <span
                  role="tooltip"
                  id={tipId}
                  // Figures near the top of the plot get their tooltip below, inside the chart.
                  className={`chart-tooltip point-tooltip${step.high > yMax / 2 ? ' point-tooltip-below' : ''}`}
                >
                  <strong>{s.label}</strong>
                  {lines.map((line) => (
                    <span key={line} className="point-tooltip-line">
                      {line}
                    </span>
                  ))}
                </span>
              </span>
            );
          }),
      )}
    </div>
  );
}
