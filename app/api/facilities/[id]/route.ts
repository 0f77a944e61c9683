import { getFacility } from '@/db/queries/facilities';
import { apiError } from '@/app/api/_lib/errors';
import { handleEditorWrite } from '@/app/api/_lib/handle-editor-write';
import { otherMethods } from '@/app/api/_lib/other-methods';

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const facility = getFacility(id);
  if (!facility) return apiError(404, 'not_found', `no facility with id "${id}"`);
  return Response.json(facility);
}

export async function PATCH(request: Request, { params }: Context) {
  return handleEditorWrite(request, {
    entity: 'facilities',
    action: 'update',
    id: (await params).id,
  });
}

export async function DELETE(request: Request, { params }: Context) {
  return handleEditorWrite(request, {
    entity: 'facilities',
    action: 'delete',
    id: (await params).id,
  });
}

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
