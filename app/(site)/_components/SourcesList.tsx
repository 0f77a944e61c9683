'use client';

import type { StaffingView } from '@/lib/staffing/address';
import { useStaffingData } from './useStaffingData';

/** Every source behind the chart and its events, linked. */
export function SourcesList({ view }: { view: StaffingView }) {
  const sources = useStaffingData(view).data?.sources ?? [];
  if (!sources.length) return <p>No sources for this view.</p>;
  return (
    <ol className="sources-list">
      {sources.map((source) => (
        <li key={source.id}>
          {source.publisher}:{' '}
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer external">
              {source.title}
            </a>
          ) : (
            source.title
          )}
        </li>
      ))}
    </ol>
  );
}
