'use client';

import { directionLabelOn, type CountryNames } from '@/lib/countries/names';
import { formatPartialDate } from '@/lib/dataset/dates';
import { formatHeadcount, scopeLabels, supportLabels } from '@/lib/format';
import { countryColor } from '@/lib/chart/colors';
import { fractionOf } from '@/lib/chart/axis';
import type { SeriesStep, SourceRef, StaffingSeries } from '@/lib/staffing/types';
import { ScopeMark } from './ScopeMark';

type Props = {
  /** Drawn once a reader reaches for the chart; each figure's name says the same before. */
  tooltips: boolean;
  series: StaffingSeries[];
  sources: Map<string, SourceRef>;
  countries: Map<string, CountryNames>;
  domain: [number, number];
  yMax: number;
};

/** One line per figure reported on a step's date: "1,210 (July 2017), The Epoch Times — one source". */
function describeStep(step: SeriesStep, sources: Map<string, SourceRef>): string[] {
  return step.observations.map((o) => {
    const thin = supportLabels[o.support];
    return `${formatHeadcount(o.count, o.bound, o.isEstimate)} (${formatPartialDate({ date: o.date, precision: o.precision })}), ${sources.get(o.sourceId)?.publisher ?? 'unknown source'}${thin ? ` — ${thin}` : ''}`;
  });
}

/** "Soviet staff in the US, diplomats" for a 1985 figure: named as the country was then. */
function stepTitle(s: StaffingSeries, step: SeriesStep, countries: Map<string, CountryNames>) {
  return `${directionLabelOn(countries, s, step.date)}, ${scopeLabels[s.scope]}`;
}

/**
 * The reported figures, drawn over the chart's plot area on the same scales: a mark per
 * figure in its scope's shape (hollow for estimates), and per date one focusable mark whose
 * tooltip lists every figure given for it with its source, so conflicts are read, not
 * averaged.
 */
export function PointLayer({ series, sources, countries, domain, yMax, tooltips }: Props) {
  return (
    <div className="point-layer" role="group" aria-label="Reported figures">
      {series.flatMap((s) =>
        s.steps
          .filter((step) => !step.heldFrom)
          .map((step) => {
            const top = (value: number) => `${(1 - value / yMax) * 100}%`;
            const lines = describeStep(step, sources);
            const title = stepTitle(s, step, countries);
            const tipId = `figure-${s.key.replace(':', '-')}-${step.date}`;
            return (
              <span
                key={`${s.key}-${step.date}`}
                className="point-step"
                data-series={s.key}
                style={{
                  left: `${fractionOf(step.t, domain) * 100}%`,
                  top: top(step.high),
                  bottom: `calc(100% - ${top(step.low)})`,
                  color: countryColor(s.sending),
                }}
              >
                {step.observations.map((o) => (
                  <ScopeMark
                    key={o.id}
                    scope={s.scope}
                    hollow={o.isEstimate}
                    className="point"
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
                  aria-describedby={tooltips ? tipId : undefined}
                  aria-label={`${title}: ${lines.join('; ')}`}
                />
                {tooltips && (
                  <span
                    role="tooltip"
                    id={tipId}
                    // Figures near the top of the plot get their tooltip below, inside the chart.
                    className={`chart-tooltip point-tooltip${step.high > yMax / 2 ? ' point-tooltip-below' : ''}`}
                  >
                    <strong>{title}</strong>
                    {lines.map((line) => (
                      <span key={line} className="point-tooltip-line">
                        {line}
                      </span>
                    ))}
                  </span>
                )}
              </span>
            );
          }),
      )}
    </div>
  );
}
