import { getEventsPage } from '@/db/queries/events';
import { cachedJson } from '../_lib/cached-json';
import { handleEditorWrite } from '../_lib/editor-write';
import { invalidParameters } from '@/lib/api/errors';
import { encodeCursor } from '@/lib/events/cursor';
import { filtersToSearchParams, toEventFilters } from '@/lib/events/filters';
import { parseEventsRequest } from './schema';
import { otherMethods } from '@/lib/api/other-methods';

export function GET(request: Request) {
  const parsed = parseEventsRequest(new URL(request.url).searchParams);
  if (!parsed.success) return invalidParameters(parsed.error);
  const { cursor, limit, ...fields } = parsed.data;
  const filters = toEventFilters(fields);
  const key = `events ${filtersToSearchParams(filters)} ${cursor ? encodeCursor(cursor) : ''} ${limit}`;
  return cachedJson(key, () => getEventsPage({ filters, cursor: cursor ?? null, limit }));
}

export function POST(request: Request) {
  return handleEditorWrite(request, { entity: 'events', action: 'create' });
}

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
