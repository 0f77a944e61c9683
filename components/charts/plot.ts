import type { ChartRow } from '@/lib/staffing/series';
import type { StaffingSeries } from '@/lib/staffing/types';

/** Fixed plot margins, so that the HTML layers (figures, events) share the plot's scales. */
export const plotMargins = { left: 56, right: 16, top: 8, bottom: 30 };

/** What a plot draws: the series' lines on a time axis and a value axis, both already scaled. */
export type PlotProps = {
  series: StaffingSeries[];
  rows: ChartRow[];
  domain: [number, number];
  ticks: number[];
  yAxis: { max: number; ticks: number[] };
};
