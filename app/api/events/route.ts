import { getEventsPage } from '@/db/queries/events';
import { invalidParameters } from '@/lib/api/errors';
import { toEventFilters } from '@/lib/events/filters';
import { parseEventsRequest } from './schema';

export function GET(request: Request) {
  const parsed = parseEventsRequest(new URL(request.url).searchParams);
  if (!parsed.success) return invalidParameters(parsed.error);
  const { cursor, limit, ...filters } = parsed.data;
  return Response.json(
    getEventsPage({ filters: toEventFilters(filters), cursor: cursor ?? null, limit }),
  );
}
