import { getDb } from '@/db/client';
import { rejectCorrection } from '@/db/corrections';
import { apiError } from '@/app/api/_lib/errors';
import { checkEditor, refusalResponse } from '@/app/api/_lib/editor-auth';
import { isFormPost, readFormOrJson } from '@/app/api/_lib/json-body';
import { otherMethods } from '@/app/api/_lib/other-methods';

const maxReason = 1000;

/**
 * An editor rejects a reader's correction with a reason, which its status page shows. The
 * admin page's form posts here without JavaScript and is sent back to the queue.
 */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ reference: string }> },
) {
  const check = await checkEditor(request);
  if (!check.ok) return refusalResponse(check);
  const form = isFormPost(request);
  const body = await readFormOrJson(request, 8 * 1024);
  if (!body.ok) return apiError(body.status, body.code, body.message);
  const reason = typeof body.body.reason === 'string' ? body.body.reason.trim() : '';
  if (!reason || reason.length > maxReason) {
    return apiError(
      422,
      'invalid_body',
      `reason: a reason of 1–${maxReason} characters is required`,
      [{ field: 'reason' }],
    );
  }
  const { reference } = await params;
  if (!rejectCorrection(getDb(), reference, check.editor.name, reason)) {
    return apiError(404, 'not_found', `no open correction "${reference}"`);
  }
  if (form) return new Response(null, { status: 303, headers: { location: '/admin#corrections' } });
  return Response.json({ reference, status: 'rejected' });
}

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
