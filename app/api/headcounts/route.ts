import { handleEditorWrite } from '../_lib/editor-write';

export function POST(request: Request) {
  return handleEditorWrite(request, { entity: 'headcounts', action: 'create' });
}
