'use client';

import { lazy, Suspense, useState } from 'react';
import { StaffingChart } from '@/components/charts/StaffingChart';
import { SvgPlot } from '@/components/charts/SvgPlot';
import type { PlotProps } from '@/components/charts/plot';
import type { StaffingView } from '@/lib/staffing/address';
import { useStaffingData } from './useStaffingData';

const chartHeight = 340;

// Recharts is the heaviest script of the site (110 KiB gzip). The chart is drawn on the
// server as plain SVG, in the first HTML; Recharts takes over when a reader reaches for the
// chart (pointer, touch or keyboard focus), and most readers never load it.
const RechartsPlot = lazy(() => import('@/components/charts/RechartsPlot'));

function InteractivePlot(props: PlotProps) {
  return (
    <Suspense fallback={<SvgPlot {...props} />}>
      <RechartsPlot {...props} />
    </Suspense>
  );
}

/** The chart for the current view, from the data the server prefetched into the query cache. */
export function ChartPanel({ view }: { view: StaffingView }) {
  const { data, error } = useStaffingData(view);
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  if (error || !data)
    return (
      <p className="chart-placeholder" style={{ minHeight: chartHeight }}>
        {error
          ? 'The chart could not be loaded. The same figures are in the Table tab.'
          : 'Loading the chart…'}
      </p>
    );
  return (
    <div onPointerEnter={reach} onTouchStart={reach} onFocus={reach}>
      <StaffingChart data={data} height={chartHeight} Plot={reached ? InteractivePlot : SvgPlot} />
    </div>
  );
}
