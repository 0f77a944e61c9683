'use client';

import { useMemo, useRef, useState } from 'react';
import { Area, CartesianGrid, ComposedChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { indexCountries } from '@/lib/countries/names';
import { formatNumber } from '@/lib/format';
import { countryColor } from '@/lib/chart/colors';
import { scopeMarks } from '@/lib/staffing/scope-marks';
import { toChartRows } from '@/lib/staffing/series';
import { fractionOf, valueAxis, yearTicks } from '@/lib/chart/axis';
import { indexSources, type StaffingData } from '@/lib/staffing/types';
import { ChartLegend } from './ChartLegend';
import { EventDetail } from './EventDetail';
import { EventRail } from './EventRail';
import { GapLayer } from './GapLayer';
import { GapNote } from './GapNote';
import { MomentAxis } from './MomentAxis';
import { PointLayer } from './PointLayer';
import { downloadSvg } from './download-svg';

// Fixed plot margins, so that the HTML layers (figures, events) can share the chart's scales.
const plot = { left: 56, right: 16, top: 8, bottom: 30 };

/**
 * US and Russian staffing over time: a step line per direction and scope (a value holds
 * until the next figure of that scope; scopes never share a line), drawn as a band where
 * sources disagree on a date; a mark per figure in its scope's shape, hollow for estimates;
 * the stretches with no figure, named; the moments that explain a step, labelled on the
 * time axis; and the events that moved the numbers underneath.
 */
export default function StaffingChart({ data, height }: { data: StaffingData; height: number }) {
  const { series, directions, domain, events, gaps, moments } = data;
  const rows = useMemo(() => toChartRows(series, domain), [series, domain]);
  const ticks = useMemo(() => yearTicks(domain), [domain]);
  const yAxis = useMemo(
    () => valueAxis(Math.max(0, ...series.flatMap((s) => s.steps.map((step) => step.high)))),
    [series],
  );
  const sources = useMemo(() => indexSources(data.sources), [data.sources]);
  const countries = useMemo(() => indexCountries(data.countries), [data.countries]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const selected = events.find((e) => e.id === selectedId);
  const hasData = series.some((s) => s.steps.length);

  return (
    <div className="staffing-chart">
      <ChartLegend series={series} directions={directions} />
      <div ref={chartRef} className="chart-plot" style={{ height }}>
        {hasData ? (
          <>
            <ResponsiveContainer width="100%" height="100%">
              <ComposedChart
                data={rows}
                margin={{ top: plot.top, right: plot.right, bottom: 0, left: 0 }}
              >
                <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
                <XAxis
                  dataKey="t"
                  type="number"
                  scale="time"
                  domain={domain}
                  ticks={ticks}
                  tickFormatter={(t: number) => String(new Date(t).getUTCFullYear())}
                  height={plot.bottom}
                  stroke="var(--muted)"
                />
                <YAxis
                  width={plot.left}
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
            <div
              className="plot-overlay"
              style={{ left: plot.left, right: plot.right, top: plot.top, bottom: plot.bottom }}
            >
              {moments.map((m) => (
                <span
                  key={m.id}
                  className="moment-guide"
                  style={{ left: `${fractionOf(m.t, domain) * 100}%` }}
                  aria-hidden="true"
                />
              ))}
              <GapLayer gaps={gaps} directions={directions} domain={domain} />
              {data.figuresListed && (
                <PointLayer
                  series={series}
                  sources={sources}
                  countries={countries}
                  domain={domain}
                  yMax={yAxis.max}
                />
              )}
            </div>
          </>
        ) : (
          <p className="chart-empty">
            No country-wide figures of this scope in this range. Try another scope or a wider range.
          </p>
        )}
      </div>
      <MomentAxis moments={moments} domain={domain} plotLeft={plot.left} plotRight={plot.right} />
      <EventRail
        events={events}
        domain={domain}
        plotLeft={plot.left}
        plotRight={plot.right}
        selectedId={selectedId}
        onSelect={(id) => setSelectedId((current) => (current === id ? null : id))}
      />
      <GapNote gaps={gaps} directions={directions} />
      {!data.figuresListed && (
        <p className="chart-note">
          This range holds more figures than can be listed, so the chart shows each month’s lowest
          to highest figure. Narrow the range to see each figure with its source, or download the
          CSV, which holds every one.
        </p>
      )}
      {events.some((e) => e.count > 1) && (
        <p className="chart-note">
          More events than can be drawn one by one: each mark stands for a year’s events of one kind
          by one country. Choose one to list them.
        </p>
      )}
      {selected && (
        <EventDetail event={selected} sources={sources} onClose={() => setSelectedId(null)} />
      )}
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
