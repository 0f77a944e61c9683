import { valueAxis, yearTicks } from '../chart/axis';
import { toChartRows, type ChartRow } from './series';
import type { StaffingSeries } from './types';

/** What a plot draws: the series' lines on a time axis and a value axis, both already scaled. */
export type PlotData = {
  series: StaffingSeries[];
  rows: ChartRow[];
  domain: [number, number];
  ticks: number[];
  yAxis: { max: number; ticks: number[] };
};

/** The plot of a view's series over its range: the same scales on the page and in images. */
export function plotOf(series: StaffingSeries[], domain: [number, number]): PlotData {
  const highest = Math.max(0, ...series.flatMap((s) => s.steps.map((step) => step.high)));
  return {
    series,
    rows: toChartRows(series, domain),
    domain,
    ticks: yearTicks(domain),
    yAxis: valueAxis(highest),
  };
}
