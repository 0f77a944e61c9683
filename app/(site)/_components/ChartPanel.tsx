'use client';

import { useState } from 'react';
import { StaffingChart } from '@/components/charts/StaffingChart';
import type { StaffingView } from '@/lib/staffing/address';
import { useStaffingData } from './useStaffingData';

const chartHeight = 340;

/**
 * The chart for the current view, from the data the server prefetched into the query cache:
 * drawn on the server, and made interactive when a reader reaches for it (pointer, touch or
 * keyboard focus), so that most readers never load the chart's heavier code.
 */
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
      <StaffingChart data={data} height={chartHeight} interactive={reached} />
    </div>
  );
}
