import { listAuditEntries } from '@/db/queries/audit';
import { checkEditor } from '@/app/api/_lib/editor-auth';
import { apiError } from '@/app/api/_lib/errors';
import { otherMethods } from '@/app/api/_lib/other-methods';

/** The audit log, for editors only. */
export function GET(request: Request) {
  const editor = checkEditor(request, process.env.EDITOR_TOKEN, { write: false });
  if (!editor.ok) return apiError(401, editor.code, editor.message);
  return Response.json({ entries: listAuditEntries() });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
