import { handleEditorWrite } from '@/app/api/_lib/handle-editor-write';
import { otherMethods } from '@/app/api/_lib/other-methods';

type Context = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Context) {
  return handleEditorWrite(request, {
    entity: 'headcounts',
    action: 'update',
    id: (await params).id,
  });
}

export async function DELETE(request: Request, { params }: Context) {
  return handleEditorWrite(request, {
    entity: 'headcounts',
    action: 'delete',
    id: (await params).id,
  });
}

export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
