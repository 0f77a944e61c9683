import { listAuditEntries } from '@/db/queries/audit';
import { checkEditor, refusalResponse } from '@/app/api/_lib/editor-auth';
import { otherMethods } from '@/app/api/_lib/other-methods';

/** The audit log, for editors only. */
export async function GET(request: Request) {
  const editor = await checkEditor(request, { write: false });
  if (!editor.ok) return refusalResponse(editor);
  return Response.json({ entries: listAuditEntries() });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
