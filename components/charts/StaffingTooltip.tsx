'use client';

import { formatPartialDate } from '@/lib/dataset/dates';
import { formatHeadcount } from '@/lib/format';
import { countryColor } from '@/lib/staffing/colors';
import { stepAt } from '@/lib/staffing/step-at';
import type { StaffingSeries } from '@/lib/staffing/types';

/** Every figure in force at the hovered date, each with its source: conflicts stay visible. */
export function StaffingTooltip({
  active,
  label,
  series,
}: {
  active?: boolean;
  label?: number | string;
  series: StaffingSeries[];
}) {
  if (!active || typeof label !== 'number') return null;
  const shown = series.map((s) => ({ series: s, step: stepAt(s, label) })).filter((x) => x.step);
  if (!shown.length) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-date">{new Date(label).getUTCFullYear()}</p>
      {shown.map(({ series: s, step }) => (
        <div key={s.key}>
          <p className="chart-tooltip-series" style={{ color: countryColor(s.sending) }}>
            {s.label}
          </p>
          <ul>
            {step!.observations.map((o) => (
              <li key={o.id}>
                <strong>{formatHeadcount(o.count, o.bound, o.isEstimate)}</strong> (
                {formatPartialDate({ date: o.date, precision: o.precision })}
                {step!.heldFrom ? ', in force at the start of the range' : ''}) —{' '}
                {o.source.publisher}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
