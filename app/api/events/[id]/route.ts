import { getEvent } from '@/db/queries/event-detail';
import { apiError } from '@/app/api/_lib/errors';
import { handleEditorWrite } from '@/app/api/_lib/handle-editor-write';
import { otherMethods } from '@/app/api/_lib/other-methods';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const event = getEvent(id);
  if (!event) return apiError(404, 'not_found', `no event with id "${id}"`);
  return Response.json(event);
}

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleEditorWrite(request, { entity: 'events', action: 'update', id: (await params).id });
}

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleEditorWrite(request, { entity: 'events', action: 'delete', id: (await params).id });
}

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
