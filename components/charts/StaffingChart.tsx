'use client';

import { useMemo, useRef, useState } from 'react';
import { indexCountries } from '@/lib/countries/names';
import { plotOf } from '@/lib/staffing/plot';
import { fractionOf } from '@/lib/chart/axis';
import { indexSources, type StaffingData } from '@/lib/staffing/types';
import { ChartLegend } from './ChartLegend';
import { EventDetail } from './EventDetail';
import { EventRail } from './EventRail';
import { GapLayer } from './GapLayer';
import { GapNote } from './GapNote';
import { MomentAxis } from './MomentAxis';
import { PointLayer } from './PointLayer';
import { downloadSvg } from './download-svg';
import { InteractivePlot } from './InteractivePlot';
import { plotMargins as plot } from './plot';
import { SvgPlot } from './SvgPlot';

/**
 * US and Russian staffing over time: a step line per direction and scope (a value holds
 * until the next figure of that scope; scopes never share a line), drawn as a band where
 * sources disagree on a date; a mark per figure in its scope's shape, hollow for estimates;
 * the stretches with no figure, named; the moments that explain a step, labelled on the
 * time axis; and the events that moved the numbers underneath.
 */
export function StaffingChart({
  data,
  height,
  interactive,
}: {
  data: StaffingData;
  height: number;
  /**
   * Whether a reader has reached for the chart. Until then it is drawn on the server, plain
   * SVG without tooltips (each mark's name says what its tooltip would); then Recharts draws
   * the lines and every mark gets its tooltip.
   */
  interactive: boolean;
}) {
  const Plot = interactive ? InteractivePlot : SvgPlot;
  const { series, directions, domain, events, gaps, moments } = data;
  const plotData = useMemo(() => plotOf(series, domain), [series, domain]);
  const { yAxis } = plotData;
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
            <Plot {...plotData} />
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
                  tooltips={interactive}
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
        tooltips={interactive}
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
