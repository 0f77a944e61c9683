import Link from 'next/link';
import type { FacilityEvent, FacilityOnDay } from '@/db/queries/facilities';
import type { DatePrecision } from '@/lib/dataset/vocabulary';
import { formatDate } from '@/lib/format';
import { facilityHref } from '@/lib/missions/address';
import { periodsOf, type Period } from '@/lib/missions/periods';
import { facilityRoleLabels } from '@/lib/missions/states';
import { decadeTicks, positionOf, timelineStartYear } from '@/lib/missions/timeline';

type Row = { facility: FacilityOnDay; events: FacilityEvent[] };

/** A period's end: at the facility's own precision when it is its opening or closing date. */
function dayText(date: string, own: string | null, precision: DatePrecision | null): string {
  return formatDate(date, date === own && precision ? precision : 'day');
}

function periodText(period: Period, f: FacilityOnDay): string {
  const from =
    period.from === null
      ? 'from before the record (opening not recorded)'
      : `from ${dayText(period.from, f.openedOn, f.openedPrecision)}`;
  const to =
    period.to === null ? 'to today' : `to ${dayText(period.to, f.closedOn, f.closedPrecision)}`;
  return `${period.state === 'open' ? 'Open' : 'Suspended'} ${from} ${to}.`;
}

function TimelineRow({
  facility,
  events,
  endYear,
  dayAt,
}: Row & { endYear: number; dayAt: number }) {
  const periods = periodsOf(facility, events);
  const at = (date: string) => positionOf(date, timelineStartYear, endYear);
  return (
    <li className="timeline-row">
      <Link className="timeline-label" href={facilityHref(facility.id)} prefetch={false}>
        {facility.name}
      </Link>
      <div className="timeline-track">
        <span className="timeline-day" style={{ left: `${dayAt}%` }} />
        {periods.map((period) => {
          const left = period.from === null ? 0 : at(period.from);
          const right = period.to === null ? 100 : at(period.to);
          const early = period.from !== null && period.from < `${timelineStartYear}`;
          return (
            <span
              key={`${period.from}-${period.state}`}
              className={`timeline-bar bar-${period.state} side-${facility.operatedBy}${
                period.from === null ? ' bar-unknown-start' : ''
              }${early ? ' bar-early-start' : ''}`}
              style={{ left: `${left}%`, width: `${Math.max(0.4, right - left)}%` }}
            >
              <span className="visually-hidden">{periodText(period, facility)}</span>
              {early && (
                <span className="timeline-since" aria-hidden="true">
                  since {period.from!.slice(0, 4)}
                </span>
              )}
            </span>
          );
        })}
        {events.map((event) => (
          <span
            key={event.eventId}
            className={`timeline-event role-${event.role}`}
            style={{ left: `${at(event.occurredOn)}%` }}
            title={`${formatDate(event.occurredOn, event.datePrecision)}: ${event.summary}`}
            aria-hidden="true"
          />
        ))}
        {events.length > 0 && (
          <span className="visually-hidden">
            Events:{' '}
            {events
              .map(
                (event) =>
                  `${formatDate(event.occurredOn, event.datePrecision)}, an event that ${facilityRoleLabels[event.role]}`,
              )
              .join('; ')}
            .
          </span>
        )}
      </div>
    </li>
  );
}

/**
 * One row per facility, grouped by the side that runs it: a bar for each period it was
 * open (suspended periods hatched), a tick for each event that touched it, and a line at
 * the day the map shows. HTML, so that names stay readable on a phone; no script. The row's
 * name is its one link (to the post, which lists the events): ticks a few pixels apart
 * would be targets too small to hit, so they are drawn, titled and read out, not linked.
 */
export function FacilityTimeline({
  groups,
  day,
  endYear,
}: {
  groups: { title: string; rows: Row[] }[];
  day: string;
  endYear: number;
}) {
  const ticks = decadeTicks(timelineStartYear, endYear);
  const dayAt = positionOf(day, timelineStartYear, endYear);
  return (
    <div className="timeline">
      <div className="timeline-axis" aria-hidden="true">
        <span />
        <div className="timeline-track">
          {ticks.map((year) => (
            <span
              key={year}
              className={`timeline-tick${year % 20 ? ' tick-minor' : ''}`}
              style={{ left: `${positionOf(`${year}-01-01`, timelineStartYear, endYear)}%` }}
            >
              {year}
            </span>
          ))}
        </div>
      </div>
      {groups.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h3>{group.title}</h3>
          <ol className="timeline-rows">
            {group.rows.map((row) => (
              <TimelineRow key={row.facility.id} {...row} endYear={endYear} dayAt={dayAt} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
