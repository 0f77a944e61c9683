import * as crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addEditor, revokeEditor } from '@/db/editors';
import { seededAppDatabaseForFile } from '@/db/testing';
import { checkEditor, sessionCookie } from '@/app/api/_lib/editor-auth';
import { editorHintCookie } from '@/lib/editor-session.js';
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
const event = '2018-03-26-us-expels-60';
beforeEach(() => {
  process.env.EDITOR_TOKEN = token;
  vi.mocked(crypto.timingSafeEqual).mockClear();
});
afterEach(() => {
  delete process.env.EDITOR_TOKEN;
});

// Every test signs in from its own address unless it says otherwise, so that the limit on
// failures (5 a minute per address) is met only where a test means to meet it.
let client = 0;
const newAddress = () => `192.0.2.${(client += 1)}`;

function post(body: unknown, headers: Record<string, string> = { origin: site }) {
  return new Request(`${site}/api/session`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      host: 'localhost',
      'x-client-address': newAddress(),
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

/** Signs in with a token; returns the session cookie's value. */
async function sessionFor(given: string): Promise<string> {
  const response = await signIn(post({ token: given }));
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookie}=`))!;
  return decodeURIComponent(cookie.split(';')[0]!.slice(sessionCookie.length + 1));
}

/** An edit of the 2018 expulsion, sent as a browser would with a session cookie. */
function cookieWrite(session: string, headers: Record<string, string> = { origin: site }) {
  const request = new Request(`${site}/api/events/${event}`, {
    method: 'PATCH',
    headers: {
      'content-type': 'application/json',
      host: 'localhost',
      cookie: `theme=dark; ${sessionCookie}=${encodeURIComponent(session)}`,
      'x-editor': 'a forged name',
      ...headers,
    },
    body: JSON.stringify({ people_affected: 61 }),
  });
  return updateEvent(request, { params: Promise.resolve({ id: event }) });
}

/** A write with a bearer token from a given address. */
function bearerWrite(given: string, address: string) {
  const request = new Request(`${site}/api/events/${event}`, {
    method: 'PATCH',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${given}`,
      'x-client-address': address,
    },
    body: JSON.stringify({ people_affected: 60 }),
  });
  return updateEvent(request, { params: Promise.resolve({ id: event }) });
}

const auditRows = () => app.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log`)!.n;
const lastEditor = () =>
  app.db.get<{ editor: string }>(sql`SELECT editor FROM audit_log ORDER BY id DESC LIMIT 1`)!
    .editor;

async function expectRefused(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect((await response.json()).error.code).toBe(code);
}

function named(name: string): string {
  const added = addEditor(app.db, name, `${name} (display)`);
  if (!added.ok) throw new Error(added.message);
  return added.token;
}

describe('POST /api/session (sign in)', () => {
  it('exchanges a token for an HttpOnly session cookie and a readable hint; the session writes as its editor', async () => {
    const response = await signIn(post({ token }));
    expect(response.status).toBe(200);
    const [session, hint] = response.headers.getSetCookie();
    expect(session).toMatch(new RegExp(`^${sessionCookie}=[A-Za-z0-9_-]{43};.*HttpOnly`));
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).toMatch(/Max-Age=43200/);
    expect(hint).toMatch(new RegExp(`^${editorHintCookie}=1;`));
    expect(hint).not.toMatch(/HttpOnly/);
    const id = session!.split(';')[0]!.slice(sessionCookie.length + 1);
    // Only the id's hash is stored.
    expect(app.db.all(sql`SELECT * FROM editor_sessions WHERE id_hash = ${id}`)).toEqual([]);
    expect((await cookieWrite(id)).status).toBe(200);
    expect(lastEditor()).toBe('bootstrap');
  });

  it('signs in a named editor, whose writes the audit log names', async () => {
    const session = await sessionFor(named('bea'));
    expect((await cookieWrite(session)).status).toBe(200);
    expect(lastEditor()).toBe('bea');
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
    const response = await signIn(post({ token: given }));
    await expectRefused(response, 401, 'unauthorized');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('compares tokens in constant time', async () => {
    await signIn(post({ token: 'nope' }));
    expect(crypto.timingSafeEqual).toHaveBeenCalled();
    vi.mocked(crypto.timingSafeEqual).mockClear();
    await signIn(post({ token: 'nobody.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }));
    expect(crypto.timingSafeEqual).toHaveBeenCalled();
  });

  it('says editing is disabled when the server has no token and no editors', async () => {
    delete process.env.EDITOR_TOKEN;
    app.db.run(sql`UPDATE editors SET revoked_at = 'now' WHERE revoked_at IS NULL`);
    await expectRefused(await signIn(post({ token })), 401, 'editing_disabled');
  });

  it('ignores an EDITOR_TOKEN shorter than 32 characters', async () => {
    process.env.EDITOR_TOKEN = 'short-token-31-characters-long!';
    expect(process.env.EDITOR_TOKEN).toHaveLength(31);
    await expectRefused(
      await signIn(post({ token: process.env.EDITOR_TOKEN })),
      401,
      'editing_disabled',
    );
  });
});

describe('sessions end', () => {
  it('at sign-out, on the server: the old cookie no longer writes', async () => {
    const session = await sessionFor(token);
    const response = signOut(
      new Request(`${site}/api/session`, {
        method: 'DELETE',
        headers: { cookie: `${sessionCookie}=${session}` },
      }),
    );
    const cookies = response.headers.getSetCookie();
    expect(cookies[0]).toMatch(new RegExp(`^${sessionCookie}=;.*Max-Age=0`));
    expect(cookies[1]).toMatch(new RegExp(`^${editorHintCookie}=;.*Max-Age=0`));
    await expectRefused(await cookieWrite(session), 401, 'unauthorized');
  });

  it('editor add/revoke ends a live session', async () => {
    const session = await sessionFor(named('cleo'));
    expect((await cookieWrite(session)).status).toBe(200);
    revokeEditor(app.db, 'cleo');
    const [people, audit] = [
      app.db.get(sql`SELECT people_affected FROM events WHERE id = ${event}`),
      auditRows(),
    ];
    await expectRefused(await cookieWrite(session), 401, 'unauthorized');
    expect([
      app.db.get(sql`SELECT people_affected FROM events WHERE id = ${event}`),
      auditRows(),
    ]).toEqual([people, audit]);
    // Added again, the editor has a new token; the old session stays ended.
    named('cleo');
    await expectRefused(await cookieWrite(session), 401, 'unauthorized');
  });

  it('when EDITOR_TOKEN changes, for its sessions', async () => {
    const session = await sessionFor(token);
    process.env.EDITOR_TOKEN = 'a-new-editor-token-0123456789abcdef';
    await expectRefused(await cookieWrite(session), 401, 'unauthorized');
  });
});

describe('a write with a session cookie', () => {
  it.each([
    ['from another site', { origin: 'https://attacker.example' }],
    ['with no Origin', {}],
    ['from a look-alike host', { origin: 'http://localhost.attacker.example' }],
  ])('is refused %s with 403, and nothing is written', async (_, headers) => {
    const session = await sessionFor(token);
    const audit = auditRows();
    await expectRefused(await cookieWrite(session, headers), 403, 'cross_origin');
    expect(auditRows()).toBe(audit);
  });

  it.each([
    ['made up', 'A'.repeat(43)],
    ['empty', ''],
  ])('is refused with a session id %s', async (_, session) => {
    const audit = auditRows();
    await expectRefused(await cookieWrite(session), 401, 'unauthorized');
    expect(auditRows()).toBe(audit);
  });

  it('lets a signed-in editor read the audit log without an Origin (reads are not writes)', async () => {
    const session = await sessionFor(token);
    const response = await readAudit(
      new Request(`${site}/api/audit`, { headers: { cookie: `${sessionCookie}=${session}` } }),
    );
    expect(response.status).toBe(200);
    expect((await response.json()).entries).toBeInstanceOf(Array);
  });
});

describe('failed sign-ins are limited', () => {
  it('the 6th failed attempt in a minute from one address answers 429 with Retry-After, even with a correct token', async () => {
    const address = newAddress();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await expectRefused(await bearerWrite(`wrong-${attempt}`, address), 401, 'unauthorized');
    }
    const sixth = await bearerWrite('wrong-6', address);
    await expectRefused(sixth, 429, 'too_many_attempts');
    // The minute began with the first failure, a moment ago.
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThanOrEqual(55);
    expect(Number(sixth.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    await expectRefused(await bearerWrite(token, address), 429, 'too_many_attempts');
  });

  it('a correct token after the limit still works for its owner from another address', async () => {
    const owner = named('dana');
    const attacker = newAddress();
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await bearerWrite(`dana.${'A'.repeat(42)}${attempt}`, attacker);
    }
    expect((await bearerWrite(owner, newAddress())).status).toBe(200);
    expect(lastEditor()).toBe('dana');
  });

  it('limits wrong tokens naming one editor from many addresses, never the editor’s own', async () => {
    const owner = named('eli');
    const wrong = `eli.${'B'.repeat(43)}`;
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await expectRefused(await bearerWrite(wrong, newAddress()), 401, 'unauthorized');
    }
    await expectRefused(await bearerWrite(wrong, newAddress()), 429, 'too_many_attempts');
    expect((await bearerWrite(owner, newAddress())).status).toBe(200);
  });

  it('logs each failure with its address and the name it claimed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const address = newAddress();
    await bearerWrite(`fay.${'C'.repeat(43)}`, address);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`from ${address} naming "fay"`));
    warn.mockRestore();
  });
});

describe('checkEditor says why it refuses', () => {
  const write = (headers: Record<string, string>) =>
    new Request(`${site}/api/events`, {
      method: 'POST',
      headers: { 'x-client-address': newAddress(), ...headers },
    });

  it('names each refusal', async () => {
    const session = `${sessionCookie}=${await sessionFor(token)}`;
    const crossSite = {
      status: 403,
      code: 'cross_origin',
      message: 'writes from a browser must come from this site',
    };
    expect(await checkEditor(write({ authorization: 'Bearer nope' }))).toEqual({
      ok: false,
      status: 401,
      code: 'unauthorized',
      message: 'that is not an editor token',
    });
    expect(await checkEditor(write({}))).toEqual({
      ok: false,
      status: 401,
      code: 'unauthorized',
      message: 'an editor token is required (Authorization: Bearer …) or a signed-in session',
    });
    expect(
      await checkEditor(
        write({ cookie: session, origin: 'https://attacker.example', host: 'localhost' }),
      ),
    ).toEqual({ ok: false, ...crossSite });
    // An Origin but no Host to compare it with: refused too.
    expect(await checkEditor(write({ cookie: session, origin: site }))).toEqual({
      ok: false,
      ...crossSite,
    });
    expect(
      await checkEditor(
        write({ cookie: `a=b=c; ${session}; z=1`, origin: site, host: 'localhost' }),
      ),
    ).toEqual({
      ok: true,
      editor: { name: 'bootstrap', displayName: 'Editor' },
    });
  });

  it('with named editors and no EDITOR_TOKEN, editing is on: a wrong token is just wrong', async () => {
    const owner = named('gus');
    delete process.env.EDITOR_TOKEN;
    expect(await checkEditor(write({ authorization: 'Bearer nope' }))).toMatchObject({
      code: 'unauthorized',
    });
    expect(await checkEditor(write({ authorization: `Bearer ${owner}` }))).toEqual({
      ok: true,
      editor: { name: 'gus', displayName: 'gus (display)' },
    });
  });

  it('says when to try again', async () => {
    const address = newAddress();
    for (let i = 0; i < 5; i += 1) await bearerWrite('wrong', address);
    expect(
      await checkEditor(write({ authorization: 'Bearer wrong', 'x-client-address': address })),
    ).toEqual({
      ok: false,
      status: 429,
      code: 'too_many_attempts',
      message: expect.stringMatching(/^too many wrong tokens: try again in \d+ s$/),
      retryAfter: expect.any(Number),
    });
  });
});
