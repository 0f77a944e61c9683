import type { SourceRef } from '@/lib/staffing/types';

/** Every source behind the chart and its events, linked. */
export function SourcesList({ sources }: { sources: SourceRef[] }) {
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
