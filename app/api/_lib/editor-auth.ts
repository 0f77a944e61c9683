import 'server-only';
import { count, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { editorOfToken, readSession, tokenName, type EditorIdentity } from '@/db/editors';
import { editors } from '@/db/schema';
import { clientAddressHeader } from '@/lib/client-address.js';
import { bootstrapTokenProblem, sessionCookie } from '@/lib/editor-session.js';
import { apiError } from './errors';
import { addressBlocked, countFailure } from './auth-limits';

export { sessionCookie };

/** EDITOR_TOKEN, when it may be used: set and long enough (server/start.cjs refuses a short one). */
export function bootstrapToken(): string | undefined {
  const token = process.env.EDITOR_TOKEN;
  return token && !bootstrapTokenProblem(token) ? token : undefined;
}

/** Whether anyone can edit: EDITOR_TOKEN is set, or a named editor is not revoked. */
export function editingEnabled(): boolean {
  if (bootstrapToken()) return true;
  const row = getDb().select({ n: count() }).from(editors).where(isNull(editors.revokedAt)).get();
  return (row?.n ?? 0) > 0;
}

/** The client's address, as the server found it (lib/client-address.js). */
export function clientAddressOf(request: Request): string {
  return request.headers.get(clientAddressHeader) ?? 'unknown';
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

export type EditorRefusal = {
  ok: false;
  status: 401 | 403 | 429;
  code: 'editing_disabled' | 'unauthorized' | 'cross_origin' | 'too_many_attempts';
  message: string;
  retryAfter?: number;
};
export type EditorCheck = { ok: true; editor: EditorIdentity } | EditorRefusal;

const tooMany = (seconds: number): EditorRefusal => ({
  ok: false,
  status: 429,
  code: 'too_many_attempts',
  message: `too many wrong tokens: try again in ${seconds} s`,
  retryAfter: seconds,
});

/**
 * A token's editor, within the limits on failures: an address with 5 failures in the last
 * minute is refused whatever it sends; a wrong token naming an editor who has had 5 is
 * refused too, but that editor's own token still works from any other address (the token's
 * 256 bits make guessing hopeless; the limit slows and logs an attack, and must not let
 * anyone lock an editor out). A correct token costs one read more than no limits at all.
 */
export async function checkToken(request: Request, token: string): Promise<EditorCheck> {
  const address = clientAddressOf(request);
  const blocked = await addressBlocked(address);
  if (blocked) return tooMany(blocked);
  const editor = editorOfToken(getDb(), token, bootstrapToken());
  if (editor) return { ok: true, editor };
  const name = tokenName(token);
  const nameBlocked = await countFailure(address, name);
  console.warn(
    `editor sign-in refused: wrong token from ${address}${name ? ` naming "${name}"` : ''} at ${new URL(request.url).pathname}`,
  );
  if (nameBlocked) return tooMany(nameBlocked);
  if (!editingEnabled()) {
    return {
      ok: false,
      status: 401,
      code: 'editing_disabled',
      message: 'editing is disabled: the server has no editors and no EDITOR_TOKEN',
    };
  }
  return { ok: false, status: 401, code: 'unauthorized', message: 'that is not an editor token' };
}

export function cookieValue(request: Request, name: string): string | null {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** The editor of a request's session cookie, if it holds a live session. */
export function sessionEditor(sessionId: string | null | undefined): EditorIdentity | null {
  return sessionId ? readSession(getDb(), sessionId, bootstrapToken()) : null;
}

/**
 * Who may edit: a request bearing an editor's token, or a signed-in editor's session cookie
 * (on a same-origin request, for writes). The X-Editor header, once the audit log's name,
 * is ignored: the name comes from the token or the session.
 */
export async function checkEditor(
  request: Request,
  { write = true }: { write?: boolean } = {},
): Promise<EditorCheck> {
  const authorization = request.headers.get('authorization') ?? '';
  if (authorization.startsWith('Bearer ')) return checkToken(request, authorization.slice(7));
  const editor = sessionEditor(cookieValue(request, sessionCookie));
  if (editor) {
    // A browser sends Origin with every cross-site write; reads need no such check.
    if (write && !isSameOrigin(request)) {
      return {
        ok: false,
        status: 403,
        code: 'cross_origin',
        message: 'writes from a browser must come from this site',
      };
    }
    return { ok: true, editor };
  }
  return {
    ok: false,
    status: 401,
    code: 'unauthorized',
    message: 'an editor token is required (Authorization: Bearer …) or a signed-in session',
  };
}

/** The API's answer to a refusal; a 429 says when to try again. */
export function refusalResponse(refusal: EditorRefusal): Response {
  const response = apiError(refusal.status, refusal.code, refusal.message);
  if (refusal.retryAfter) response.headers.set('retry-after', String(refusal.retryAfter));
  return response;
}
