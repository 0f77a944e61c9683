import { apiError } from '@/app/api/_lib/errors';
import {
  createSession,
  isEditorToken,
  isSameOrigin,
  sessionCookie,
} from '@/app/api/_lib/editor-auth';
import { readJsonObject } from '@/app/api/_lib/json-body';
import { otherMethods } from '@/app/api/_lib/other-methods';

const cookieOptions = (request: Request, maxAge: number) =>
  [
    `Path=/`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(new URL(request.url).protocol === 'https:' ? ['Secure'] : []),
  ].join('; ');

/** Sign in: exchange the editor token for a session cookie (HttpOnly, SameSite=Strict). */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) {
    return apiError(403, 'cross_origin', 'sign in from this site');
  }
  const body = await readJsonObject(request);
  if (!body.ok) return apiError(body.status, body.code, body.message);
  const token = typeof body.body.token === 'string' ? body.body.token : '';
  if (!process.env.EDITOR_TOKEN)
    return apiError(401, 'editing_disabled', 'editing is disabled on this server');
  if (!isEditorToken(token)) return apiError(401, 'unauthorized', 'that is not the editor token');
  const response = Response.json({ signedIn: true });
  response.headers.append(
    'set-cookie',
    `${sessionCookie}=${createSession(process.env.EDITOR_TOKEN)}; ${cookieOptions(request, 7 * 86_400)}`,
  );
  return response;
}

/** Sign out. */
export function DELETE(request: Request) {
  const response = Response.json({ signedIn: false });
  response.headers.append('set-cookie', `${sessionCookie}=; ${cookieOptions(request, 0)}`);
  return response;
}

export const { GET, PUT, PATCH } = otherMethods('POST', 'DELETE');
