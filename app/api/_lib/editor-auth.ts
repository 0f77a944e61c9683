import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sessionCookie } from '@/lib/editor-session.js';

/** Compared as SHA-256 digests, so that the comparison takes the same time whatever the input. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export { sessionCookie };
const sessionDays = 7;

/** A session: its expiry, signed with the editor token (so a new token ends every session). */
export function createSession(token: string, now = Date.now()): string {
  const expires = String(now + sessionDays * 86_400_000);
  return `${expires}.${createHmac('sha256', token).update(expires).digest('base64url')}`;
}

export function validSession(value: string, token: string, now = Date.now()): boolean {
  const [expires, signature] = value.split('.');
  if (!expires || !signature || Number(expires) < now) return false;
  return sameSecret(signature, createHmac('sha256', token).update(expires).digest('base64url'));
}

/** Whether a token is the editor token (constant time); false when editing is disabled. */
export function isEditorToken(given: string, token = process.env.EDITOR_TOKEN): boolean {
  return !!token && sameSecret(given, token);
}

/**
 * Whether a browser request comes from this site: its Origin names the host it was sent to.
 * (Compared with the Host header: the server may know itself by another name.)
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export type EditorCheck =
  | { ok: true }
  | { ok: false; code: 'editing_disabled' | 'unauthorized' | 'cross_origin'; message: string };

function cookieValue(request: Request, name: string): string | null {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * Who may edit: a request bearing EDITOR_TOKEN, or a signed-in editor's session cookie (on a
 * same-origin request, for writes). With EDITOR_TOKEN unset, nobody: writes are never open.
 */
export function checkEditor(
  request: Request,
  token = process.env.EDITOR_TOKEN,
  { write = true }: { write?: boolean } = {},
): EditorCheck {
  if (!token)
    return {
      ok: false,
      code: 'editing_disabled',
      message: 'editing is disabled: the server has no EDITOR_TOKEN',
    };
  const authorization = request.headers.get('authorization') ?? '';
  if (authorization.startsWith('Bearer ')) {
    return sameSecret(authorization.slice(7), token)
      ? { ok: true }
      : { ok: false, code: 'unauthorized', message: 'wrong editor token' };
  }
  const session = cookieValue(request, sessionCookie);
  if (session && validSession(session, token)) {
    // A browser sends Origin with every cross-site write; reads need no such check.
    if (write && !isSameOrigin(request)) {
      return {
        ok: false,
        code: 'cross_origin',
        message: 'writes from a browser must come from this site',
      };
    }
    return { ok: true };
  }
  return {
    ok: false,
    code: 'unauthorized',
    message: 'an editor token is required (Authorization: Bearer …)',
  };
}
