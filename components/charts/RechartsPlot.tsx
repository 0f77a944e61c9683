'use client';

import { Area, CartesianGrid, ComposedChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { countryColor } from '@/lib/chart/colors';
import { formatNumber } from '@/lib/format';
import { scopeMarks } from '@/lib/staffing/scope-marks';
import { plotMargins, type PlotProps } from './plot';

/** The series drawn by Recharts: loaded when a reader reaches for the chart. */
export default function RechartsPlot({ series, rows, domain, ticks, yAxis }: PlotProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart
        data={rows}
        margin={{ top: plotMargins.top, right: plotMargins.right, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={domain}
          ticks={ticks}
          tickFormatter={(t: number) => String(new Date(t).getUTCFullYear())}
          height={plotMargins.bottom}
          stroke="var(--muted)"
        />
        <YAxis
          width={plotMargins.left}
          domain={[0, yAxis.max]}
          ticks={yAxis.ticks}
          tickFormatter={formatNumber}
          stroke="var(--muted)"
        />
        {series
          .filter((s) => s.steps.length)
          .map((s) => (
            <Area
              key={s.key}
              dataKey={s.key}
              name={`${s.label}, ${s.scope}`}
              className={`series-line series-${s.direction} scope-${s.scope}`}
              type="stepAfter"
              stroke={countryColor(s.sending)}
              strokeWidth={2}
              strokeDasharray={scopeMarks[s.scope].dash}
              fill={countryColor(s.sending)}
              fillOpacity={0.25}
              isAnimationActive={false}
            />
          ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
