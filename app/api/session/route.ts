import { getDb } from '@/db/client';
import { endSession, openSession, sessionAbsoluteMs } from '@/db/editors';
import { apiError } from '@/app/api/_lib/errors';
import {
  checkToken,
  cookieValue,
  isSameOrigin,
  refusalResponse,
  sessionCookie,
} from '@/app/api/_lib/editor-auth';
import { readJsonObject } from '@/app/api/_lib/json-body';
import { otherMethods } from '@/app/api/_lib/other-methods';
import { editorHintCookie } from '@/lib/editor-session.js';

function cookie(request: Request, name: string, value: string, maxAge: number, httpOnly: boolean) {
  return [
    `${name}=${value}`,
    'Path=/',
    `Max-Age=${maxAge}`,
    ...(httpOnly ? ['HttpOnly'] : []),
    'SameSite=Strict',
    ...(new URL(request.url).protocol === 'https:' ? ['Secure'] : []),
  ].join('; ');
}

/**
 * Sign in: exchange an editor's token for a session cookie (HttpOnly, SameSite=Strict) that
 * lasts at most as long as the session (db/editors.ts), and a readable hint that one is open.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) {
    return apiError(403, 'cross_origin', 'sign in from this site');
  }
  const body = await readJsonObject(request);
  if (!body.ok) return apiError(body.status, body.code, body.message);
  const token = typeof body.body.token === 'string' ? body.body.token : '';
  const check = await checkToken(request, token);
  if (!check.ok) return refusalResponse(check);
  const id = openSession(getDb(), check.editor, token);
  const maxAge = sessionAbsoluteMs / 1000;
  const response = Response.json({ signedIn: true, editor: check.editor });
  response.headers.append('set-cookie', cookie(request, sessionCookie, id, maxAge, true));
  response.headers.append('set-cookie', cookie(request, editorHintCookie, '1', maxAge, false));
  return response;
}

/** Sign out: the session ends on the server at once, and both cookies are expired. */
export function DELETE(request: Request) {
  const id = cookieValue(request, sessionCookie);
  if (id) endSession(getDb(), id);
  const response = Response.json({ signedIn: false });
  response.headers.append('set-cookie', cookie(request, sessionCookie, '', 0, true));
  response.headers.append('set-cookie', cookie(request, editorHintCookie, '', 0, false));
  return response;
}

export const { GET, PUT, PATCH } = otherMethods('POST', 'DELETE');
