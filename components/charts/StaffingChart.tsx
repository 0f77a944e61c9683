'use client';

import { useMemo, useRef, useState } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '@/lib/format';
import { countryColor } from '@/lib/staffing/colors';
import { toChartRows } from '@/lib/staffing/series';
import { yearTicks } from '@/lib/staffing/ticks';
import type { StaffingData } from '@/lib/staffing/types';
import { EventDetail } from './EventDetail';
import { EventRail } from './EventRail';
import { StaffingTooltip } from './StaffingTooltip';
import { downloadSvg } from './download-svg';

const yAxisWidth = 56;
const rightMargin = 16;

/**
 * US and Russian staffing over time for one scope: a step line per direction (a value holds
 * until the next observation), drawn as a band where sources disagree on a date; a dot per
 * figure, hollow for estimates; and the events that moved the numbers underneath.
 */
export default function StaffingChart({ data, height }: { data: StaffingData; height: number }) {
  const { series, domain, events } = data;
  const rows = useMemo(() => toChartRows(series, domain), [series, domain]);
  const ticks = useMemo(() => yearTicks(domain), [domain]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const selected = events.find((e) => e.id === selectedId);
  const hasData = series.some((s) => s.steps.length);

  return (
    <div className="staffing-chart">
      <ul className="chart-legend" aria-label="Legend">
        {series.map((s) => (
          <li key={s.key}>
            <span
              className="swatch"
              style={{ background: countryColor(s.sending) }}
              aria-hidden="true"
            />
            {s.label}
          </li>
        ))}
        <li>
          <span className="swatch swatch-hollow" aria-hidden="true" /> estimate
        </li>
        <li>
          <span className="swatch swatch-band" aria-hidden="true" /> sources disagree
        </li>
      </ul>
      <div ref={chartRef} style={{ height }}>
        {hasData ? (
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={rows} margin={{ top: 8, right: rightMargin, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis
                dataKey="t"
                type="number"
                scale="time"
                domain={domain}
                ticks={ticks}
                tickFormatter={(t: number) => String(new Date(t).getUTCFullYear())}
                stroke="var(--muted)"
              />
              <YAxis
                width={yAxisWidth}
                tickFormatter={formatNumber}
                tickCount={6}
                allowDecimals={false}
                stroke="var(--muted)"
              />
              <Tooltip content={<StaffingTooltip series={series} />} />
              {series.map((s) => (
                <Area
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  type="stepAfter"
                  stroke={countryColor(s.sending)}
                  strokeWidth={2}
                  fill={countryColor(s.sending)}
                  fillOpacity={0.25}
                  isAnimationActive={false}
                />
              ))}
              {series.map((s) => (
                <Scatter
                  key={`${s.key}-points`}
                  name={`${s.label} figures`}
                  data={s.steps.flatMap((step) =>
                    step.heldFrom
                      ? []
                      : step.observations.map((o) => ({
                          t: step.t,
                          value: o.count,
                          estimate: o.isEstimate,
                        })),
                  )}
                  dataKey="value"
                  fill={countryColor(s.sending)}
                  shape={(props: { cx?: number; cy?: number; payload?: { estimate: boolean } }) => (
                    <circle
                      cx={props.cx}
                      cy={props.cy}
                      r={4}
                      stroke={countryColor(s.sending)}
                      strokeWidth={2}
                      fill={props.payload?.estimate ? 'var(--bg)' : countryColor(s.sending)}
                    />
                  )}
                  isAnimationActive={false}
                />
              ))}
            </ComposedChart>
          </ResponsiveContainer>
        ) : (
          <p className="chart-empty">
            No country-wide figures of this scope in this range. Try another scope or a wider range.
          </p>
        )}
      </div>
      <EventRail
        events={events}
        domain={domain}
        plotLeft={yAxisWidth}
        plotRight={rightMargin}
        selectedId={selectedId}
        onSelect={(id) => setSelectedId((current) => (current === id ? null : id))}
      />
      {selected && <EventDetail event={selected} onClose={() => setSelectedId(null)} />}
      <p className="chart-actions">
        <button
          type="button"
          onClick={() => chartRef.current && downloadSvg(chartRef.current, 'staffing-chart.svg')}
          disabled={!hasData}
        >
          Download chart (SVG)
        </button>
      </p>
    </div>
  );
}
