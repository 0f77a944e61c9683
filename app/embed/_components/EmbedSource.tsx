import { formatDataDate } from '@/lib/format';

/** The line every embed ends with: whose chart, from what, as of when, and where to read on. */
export function EmbedSource({ href, changedAt }: { href: string; changedAt: Date | null }) {
  return (
    <p className="embed-source">
      Source:{' '}
      <a href={href} target="_blank">
        Diplomatic Staffing Tracker
      </a>
      , from the news reports and official statements each figure cites ; data as of{' '}
      {formatDataDate(changedAt)}.
    </p>
  );
}
