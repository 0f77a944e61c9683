import { getEventsPage } from '@/db/queries/events';
import { cachedJson } from '@/app/api/_lib/cached-body';
import { handleEditorWrite } from '@/app/api/_lib/handle-editor-write';
import { invalidParameters } from '@/app/api/_lib/errors';
import { encodeCursor } from '@/lib/events/cursor';
import { eventsSearch } from '@/lib/events/address';
import { toEventFilters } from '@/lib/events/address-schema';
import { parseEventsRequest } from './request';
import { otherMethods } from '@/app/api/_lib/other-methods';

export function GET(request: Request) {
  const parsed = parseEventsRequest(new URL(request.url).searchParams);
  if (!parsed.success) return invalidParameters(parsed.error);
  const { cursor, limit, ...fields } = parsed.data;
  const filters = toEventFilters(fields);
  const key = `events ${eventsSearch(filters)} ${cursor ? encodeCursor(cursor) : ''} ${limit}`;
  return cachedJson(key, () => getEventsPage({ filters, cursor: cursor ?? null, limit }));
}

export function POST(request: Request) {
  return handleEditorWrite(request, { entity: 'events', action: 'create' });
}

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
