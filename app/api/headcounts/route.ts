import { handleEditorWrite } from '@/app/api/_lib/handle-editor-write';
import { otherMethods } from '@/app/api/_lib/other-methods';

export function POST(request: Request) {
  return handleEditorWrite(request, { entity: 'headcounts', action: 'create' });
}

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
