import { getEvent } from '@/db/queries/events';
import { apiError } from '@/lib/api/errors';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const event = getEvent(id);
  if (!event) return apiError(404, 'not_found', `no event with id "${id}"`);
  return Response.json(event);
}
