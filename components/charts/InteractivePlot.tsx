'use client';

import { lazy, Suspense } from 'react';
import { SvgPlot } from './SvgPlot';
import type { PlotProps } from './plot';

// Recharts is the heaviest script of the site (110 KiB gzip): it loads only when a reader
// reaches for the chart, and the plot drawn on the server stays until it has drawn.
const RechartsPlot = lazy(() => import('./RechartsPlot'));

export function InteractivePlot(props: PlotProps) {
  return (
    <Suspense fallback={<SvgPlot {...props} />}>
      <RechartsPlot {...props} />
    </Suspense>
  );
}
