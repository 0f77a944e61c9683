import type { PlotData } from '@/lib/staffing/plot';

/** Fixed plot margins, so that the HTML layers (figures, events) share the plot's scales. */
export const plotMargins = { left: 56, right: 16, top: 8, bottom: 30 };

/** What a plot of the page draws (the server's SVG, or Recharts). */
export type PlotProps = PlotData;
