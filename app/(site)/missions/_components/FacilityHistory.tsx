import Link from 'next/link';
import { SourceCitation } from '@/components/SourceCitation';
import type { FacilityDetail } from '@/db/queries/facilities';
import { formatDate } from '@/lib/format';
import { facilityRoleLabels } from '@/lib/missions/states';

type Entry = { date: string; key: string; content: React.ReactNode };

/** The post's life in date order: its opening, each event that touched it, its closing. */
export function FacilityHistory({ facility }: { facility: FacilityDetail }) {
  const entries: Entry[] = facility.events.map((event) => ({
    date: event.occurredOn,
    key: event.eventId,
    content: (
      <>
        <strong>{formatDate(event.occurredOn, event.datePrecision)}</strong> — an event that{' '}
        {facilityRoleLabels[event.role]}:{' '}
        <Link href={`/events/${encodeURIComponent(event.eventId)}`}>{event.summary}</Link>
      </>
    ),
  }));
  if (facility.openedOn && facility.openedPrecision) {
    entries.push({
      date: facility.openedOn,
      key: 'opened',
      content: (
        <>
          <strong>{formatDate(facility.openedOn, facility.openedPrecision)}</strong> — opened.{' '}
          {facility.openedSource && <SourceCitation {...facility.openedSource} />}
        </>
      ),
    });
  }
  if (facility.closedOn && facility.closedPrecision) {
    entries.push({
      date: facility.closedOn,
      key: 'closed',
      content: (
        <>
          <strong>{formatDate(facility.closedOn, facility.closedPrecision)}</strong> — closed.{' '}
          {facility.closedSource && <SourceCitation {...facility.closedSource} />}
        </>
      ),
    });
  }
  // On one day the opening comes first and the closing last, the events between.
  const order = (key: string) => (key === 'opened' ? 0 : key === 'closed' ? 2 : 1);
  entries.sort((a, b) => a.date.localeCompare(b.date) || order(a.key) - order(b.key));
  return entries.length ? (
    <ol className="plain-list facility-history">
      {entries.map((entry) => (
        <li key={entry.key}>{entry.content}</li>
      ))}
    </ol>
  ) : (
    <p>No dated change is recorded for this post.</p>
  );
}
