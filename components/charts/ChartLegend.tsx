'use client';

import { scopeLabels } from '@/lib/format';
import { countryColor } from '@/lib/chart/colors';
import { scopeMarks } from '@/lib/staffing/scope-marks';
import type { Direction, StaffingSeries } from '@/lib/staffing/types';
import { ScopeMark } from './ScopeMark';

/**
 * What the marks mean: a colour per direction (whose staff), and per scope drawn a line
 * style and a mark shape of its own, so that figures counted differently never read as one
 * line.
 */
export function ChartLegend({
  series,
  directions,
}: {
  series: StaffingSeries[];
  directions: Direction[];
}) {
  const drawn = series.filter((s) => s.steps.length);
  const scopes = [...new Set(drawn.map((s) => s.scope))];
  return (
    <ul className="chart-legend" aria-label="Legend">
      {directions.map((d) => (
        <li key={d.key} data-direction={d.key}>
          <span
            className="swatch"
            style={{ background: countryColor(d.sending) }}
            aria-hidden="true"
          />
          {d.label}
          {!drawn.some((s) => s.direction === d.key) && ' (no figure in this range)'}
        </li>
      ))}
      {scopes.map((scope) => (
        <li key={scope} data-scope={scope}>
          <svg className="legend-line" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
            <line x1="0" y1="5" x2="28" y2="5" strokeDasharray={scopeMarks[scope].dash} />
          </svg>
          <ScopeMark scope={scope} className="legend-mark" />
          {scopeLabels[scope]}
        </li>
      ))}
      <li>
        <ScopeMark scope={scopes[0] ?? 'total_staff'} hollow className="legend-mark" /> estimate
      </li>
      <li>
        <span className="swatch swatch-band" aria-hidden="true" /> sources disagree
      </li>
      <li>
        <span className="swatch swatch-gap" aria-hidden="true" /> no public figure
      </li>
    </ul>
  );
}
