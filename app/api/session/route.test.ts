import * as crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seededAppDatabaseForFile } from '@/db/testing';
import {
  checkEditor,
  createSession,
  sessionCookie,
  validSession,
} from '@/app/api/_lib/editor-auth';
import { GET as readAudit } from '../audit/route';
import { PATCH as updateEvent } from '../events/[id]/route';
import { DELETE as signOut, POST as signIn } from './route';

// The real compare, watched: a test can then tell a constant-time compare from `===`.
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const app = seededAppDatabaseForFile();
const token = 'correct-horse-battery-staple-0123456789';
const site = 'http://localhost';
const day = 86_400_000;
beforeEach(() => {
  process.env.EDITOR_TOKEN = token;
  vi.mocked(crypto.timingSafeEqual).mockClear();
});
afterEach(() => {
  delete process.env.EDITOR_TOKEN;
});

function post(body: unknown, headers: Record<string, string>) {
  return new Request(`${site}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: 'localhost', ...headers },
    body: JSON.stringify(body),
  });
}

/** An edit of the 2018 expulsion, sent as a browser would with a session cookie. */
function cookieWrite(session: string, headers: Record<string, string> = { origin: site }) {
  const request = new Request(`${site}/api/events/2018-03-26-us-expels-60`, {
    method: 'PATCH',
    headers: {
      'content-type': 'application/json',
      host: 'localhost',
      cookie: `theme=dark; ${sessionCookie}=${encodeURIComponent(session)}`,
      ...headers,
    },
    body: JSON.stringify({ people_affected: 61 }),
  });
  return updateEvent(request, { params: Promise.resolve({ id: '2018-03-26-us-expels-60' }) });
}

const peopleOf2018 = () =>
  app.db.get<{ n: number }>(
    sql`SELECT people_affected AS n FROM events WHERE id = '2018-03-26-us-expels-60'`,
  )!.n;
const auditRows = () => app.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log`)!.n;

async function expectRefused(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect((await response.json()).error.code).toBe(code);
}

describe('POST /api/session (sign in)', () => {
  it('exchanges the editor token for a session cookie that then authorises writes', async () => {
    const response = await signIn(post({ token }, { origin: site }));
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = decodeURIComponent(cookie.match(new RegExp(`^${sessionCookie}=([^;]+)`))![1]!);
    expect(validSession(session, token)).toBe(true);
    const before = peopleOf2018();
    expect((await cookieWrite(session)).status).toBe(200);
    expect(peopleOf2018()).toBe(61);
    app.db.run(
      sql`UPDATE events SET people_affected = ${before} WHERE id = '2018-03-26-us-expels-60'`,
    );
  });

  it.each([
    ['from another site', { origin: 'https://attacker.example' }],
    ['with no Origin', {}],
    ['with an Origin that is not a URL', { origin: 'null' }],
  ])('refuses a sign-in %s with 403 and no cookie', async (_, headers) => {
    const response = await signIn(post({ token }, headers));
    await expectRefused(response, 403, 'cross_origin');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it.each([
    ['a wrong token', 'nope'],
    ['the token without its last character', token.slice(0, -1)],
    ['the token with more after it', `${token}-and-more`],
    ['the token in another case', token.toUpperCase()],
    ['no token', undefined],
  ])('refuses %s with 401 and no cookie', async (_, given) => {
    const response = await signIn(post({ token: given }, { origin: site }));
    await expectRefused(response, 401, 'unauthorized');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('compares the token in constant time', async () => {
    await signIn(post({ token: 'nope' }, { origin: site }));
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(1);
  });

  it('says editing is disabled when the server has no token', async () => {
    delete process.env.EDITOR_TOKEN;
    await expectRefused(await signIn(post({ token }, { origin: site })), 401, 'editing_disabled');
  });

  it('signs out by expiring the cookie', async () => {
    const response = signOut(new Request(`${site}/api/session`, { method: 'DELETE' }));
    expect(response.headers.get('set-cookie')).toMatch(
      new RegExp(`^${sessionCookie}=;.*Max-Age=0`),
    );
  });
});

describe('a write with a session cookie', () => {
  it.each([
    ['from another site', { origin: 'https://attacker.example' }],
    ['with no Origin', {}],
    ['from a look-alike host', { origin: 'http://localhost.attacker.example' }],
  ])('is refused %s with 403, and nothing is written', async (_, headers) => {
    const [people, audit] = [peopleOf2018(), auditRows()];
    await expectRefused(await cookieWrite(createSession(token), headers), 403, 'cross_origin');
    expect([peopleOf2018(), auditRows()]).toEqual([people, audit]);
  });

  const [expires, signature] = createSession(token).split('.') as [string, string];
  it.each([
    ['expired', createSession(token, Date.now() - 8 * day)],
    ['with its expiry moved later', `${Number(expires) + 30 * day}.${signature}`],
    ['with a changed signature', `${expires}.${signature.slice(0, -2)}AA`],
    ['with no signature', expires],
    ['issued under an earlier editor token', createSession('an-earlier-token-0123456789abcdef')],
  ])('is refused %s with 401, and nothing is written', async (_, session) => {
    const [people, audit] = [peopleOf2018(), auditRows()];
    await expectRefused(await cookieWrite(session), 401, 'unauthorized');
    expect([peopleOf2018(), auditRows()]).toEqual([people, audit]);
  });

  it('checks the signature in constant time', async () => {
    await cookieWrite(`${expires}.${signature.slice(0, -2)}AA`);
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(1);
  });
});

describe('a session', () => {
  it('holds up to the instant it expires, and not a millisecond after', () => {
    const issued = Date.UTC(2026, 0, 1);
    const session = createSession(token, issued);
    const expiry = issued + 7 * day;
    expect(validSession(session, token, expiry)).toBe(true);
    expect(validSession(session, token, expiry + 1)).toBe(false);
  });

  it('lets a signed-in editor read the audit log without an Origin (reads are not writes)', async () => {
    const request = new Request(`${site}/api/audit`, {
      headers: { cookie: `${sessionCookie}=${encodeURIComponent(createSession(token))}` },
    });
    const response = readAudit(request);
    expect(response.status).toBe(200);
    expect((await response.json()).entries).toBeInstanceOf(Array);
  });

  it('does not open the audit log to an expired session', async () => {
    const request = new Request(`${site}/api/audit`, {
      headers: { cookie: `${sessionCookie}=${createSession(token, Date.now() - 8 * day)}` },
    });
    await expectRefused(readAudit(request), 401, 'unauthorized');
  });
});

describe('checkEditor says why it refuses', () => {
  const write = (headers: Record<string, string>) =>
    new Request(`${site}/api/events`, { method: 'POST', headers });
  const session = `${sessionCookie}=${encodeURIComponent(createSession(token))}`;

  it.each([
    [
      'no token on the server',
      write({ authorization: `Bearer ${token}` }),
      '',
      { code: 'editing_disabled', message: 'editing is disabled: the server has no EDITOR_TOKEN' },
    ],
    [
      'a wrong bearer token',
      write({ authorization: 'Bearer nope' }),
      token,
      { code: 'unauthorized', message: 'wrong editor token' },
    ],
    [
      'a session cookie from another site',
      write({ cookie: session, origin: 'https://attacker.example', host: 'localhost' }),
      token,
      { code: 'cross_origin', message: 'writes from a browser must come from this site' },
    ],
    [
      'a session cookie with an Origin but no Host',
      write({ cookie: session, origin: site }),
      token,
      { code: 'cross_origin', message: 'writes from a browser must come from this site' },
    ],
    [
      'nothing at all',
      write({}),
      token,
      { code: 'unauthorized', message: 'an editor token is required (Authorization: Bearer …)' },
    ],
  ])('%s', (_, request, serverToken, refusal) => {
    expect(checkEditor(request, serverToken)).toEqual({ ok: false, ...refusal });
  });

  it('reads the session among other cookies, whatever their values hold', () => {
    const request = write({ cookie: `a=b=c; ${session}; z=1`, origin: site, host: 'localhost' });
    expect(checkEditor(request, token)).toEqual({ ok: true });
  });
});
