import { z } from 'zod';
import { listLatestEvents } from '@/db/queries/events';
import { lastEditedEvents } from '@/db/queries/audit';
import { lastChangedAt } from '@/db/revision';
import { cachedBody } from '@/app/api/_lib/cached-body';
import { invalidParameters } from '@/app/api/_lib/errors';
import { otherMethods } from '@/app/api/_lib/other-methods';
import { queryObject } from '@/app/api/_lib/query';
import { eventsFeedHref, eventsHref, eventsSearch } from '@/lib/events/address';
import { eventFilterFields, checkYearRange, toEventFilters } from '@/lib/events/address-schema';
import { eventsAtom } from '@/lib/events/feed';

/** How many events a feed holds: the newest, enough for a reader who checks weekly. */
const feedLength = 50;

const feedRequest = z.strictObject(eventFilterFields).superRefine(checkYearRange);

/**
 * `/feed.xml`: the newest events as Atom; `/events/feed.xml?actor=RU&kind=expulsion` the
 * newest of one view (the events explorer's filters). Built once per data revision.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = feedRequest.safeParse(queryObject(url.searchParams));
  if (!parsed.success) return invalidParameters(parsed.error);
  const filters = toEventFilters(parsed.data);
  const key = `${url.origin} ${eventsSearch(filters)}`;
  return cachedBody(key, { 'content-type': 'application/atom+xml; charset=utf-8' }, () => {
    const events = listLatestEvents(filters, feedLength);
    const editedAt = lastEditedEvents(events.map((event) => event.id));
    const search = eventsSearch(filters);
    return eventsAtom({
      origin: url.origin,
      feedPath: eventsFeedHref(filters),
      pagePath: eventsHref(filters),
      title: search
        ? `Events (${search.replaceAll('&', ', ')}) · Diplomatic Staffing Tracker`
        : 'Events · Diplomatic Staffing Tracker',
      updated: lastChangedAt() ?? new Date(0),
      events: events.map((event) => ({ ...event, editedAt: editedAt.get(event.id) })),
    });
  });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
