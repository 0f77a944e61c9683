import { handleEditorWrite } from '../_lib/editor-write';
import { otherMethods } from '@/lib/api/other-methods';

export function POST(request: Request) {
  return handleEditorWrite(request, { entity: 'headcounts', action: 'create' });
}

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
