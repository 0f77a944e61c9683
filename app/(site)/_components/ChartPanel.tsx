'use client';

import dynamic from 'next/dynamic';
import { useNearViewport } from '@/components/useNearViewport';
import type { StaffingView } from '@/lib/staffing/address';
import { useStaffingData } from './useStaffingData';

const chartHeight = 340;

// Recharts is the heaviest script on the page (110 KiB gzip): it loads only when the chart
// comes near the viewport, so the figures and table (already in the HTML) never wait for it.
const StaffingChart = dynamic(() => import('@/components/charts/StaffingChart'), {
  ssr: false,
  loading: () => <ChartPlaceholder text="Drawing the chart…" />,
});

function ChartPlaceholder({ text }: { text: string }) {
  return (
    <p className="chart-placeholder" style={{ minHeight: chartHeight }}>
      {text}
    </p>
  );
}

/** The chart for the current view, from the data the server prefetched into the query cache. */
export function ChartPanel({ view }: { view: StaffingView }) {
  const { data, error } = useStaffingData(view);
  const { ref, near } = useNearViewport<HTMLDivElement>();
  return <div ref={ref}>{content()}</div>;

  function content() {
    if (error)
      return (
        <ChartPlaceholder text="The chart could not be loaded. The same figures are in the Table tab." />
      );
    if (!data || !near) return <ChartPlaceholder text="Loading the chart…" />;
    return <StaffingChart data={data} height={chartHeight} />;
  }
}
