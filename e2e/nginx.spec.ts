import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { startStack, stopProcess, type Stack } from '../deploy/local-stack';
import { editorToken } from './editor-token';
import { expect, test } from '@playwright/test';

// The deployment of the README's "Deploying" section on this machine: deploy/nginx.conf in
// front of two app processes (server/start.cjs) on one database, a copy of the e2e one. The
// shared lifetime is shortened (2 s fresh, 2 s stale) so that the bound can be waited out.
test.describe.configure({ mode: 'serial' });

const lifetime = { sharedMaxAge: 2, staleWhileRevalidate: 2 };
const basePort = Number(process.env.E2E_PORT ?? 3100) + 10;
let stack: Stack;
let databasePath: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  databasePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-nginx-db-')), 'e2e.db');
  const source = new Database(process.env.E2E_DATABASE_PATH!, { readonly: true });
  await source.backup(databasePath);
  source.close();
  // A new deployment: the failed sign-ins the e2e server counted (the fuzzer's) are not its.
  const copy = new Database(databasePath);
  copy.exec('DELETE FROM rate_limits');
  copy.close();
  stack = await startStack({
    port: basePort,
    appPorts: [basePort + 1, basePort + 2],
    env: {
      DATABASE_PATH: databasePath,
      EDITOR_TOKEN: editorToken,
      HTTP_SHARED_MAX_AGE: String(lifetime.sharedMaxAge),
      HTTP_STALE_WHILE_REVALIDATE: String(lifetime.staleWhileRevalidate),
    },
  });
});

test.afterAll(async () => {
  await stack?.stop();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' });

/** The count of rows in a table, read from the database the stack serves. */
function countRows(table: string): number {
  const db = new Database(databasePath, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A source row, as the editor API takes it. */
const sourceRow = (id: string) => ({
  id,
  title: `A report written through nginx (${id})`,
  publisher: 'Test',
  url: `https://example.org/${id}`,
  published_on: '2026-01',
});

const post = (origin: string, body: unknown) =>
  fetch(`${origin}/api/sources`, {
    method: 'POST',
    headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

test('a public page and an API answer are served by nginx’s cache, compressed as the app compressed them', async () => {
  for (const path of ['/', '/events?year=2018', '/api/events?year=2018']) {
    const url = `${stack.origin}${path}`;
    const first = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=2, stale-while-revalidate=2',
    );
    const second = await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(second.headers.get('x-cache-status'), path).toBe('HIT');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('content-encoding')).toBe('br');
  }
  // The bytes nginx keeps are the app's brotli of the same page.
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const url = `${stack.origin}/api/events?year=2018`;
    http
      .get(url, { headers: { 'accept-encoding': 'br' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });
  const plain = await (await get(`${stack.apps[0]!.origin}/api/events?year=2018`)).text();
  expect(zlib.brotliDecompressSync(raw).toString()).toBe(plain);
});

test('a conditional request gets 304 with no body, from nginx and from each app process', async () => {
  for (const origin of [stack.origin, ...stack.apps.map((app) => app.origin)]) {
    const url = `${origin}/events?year=2018`;
    const etag = (await get(url)).headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    const again = await get(url, { 'if-none-match': etag! });
    expect(again.status, origin).toBe(304);
    expect(await again.text()).toBe('');
  }
});

test('an editor’s write through one process is seen by the other at once, and through nginx within the bound', async () => {
  const summary = /(\d+) sources/;
  const sourcesOn = async (origin: string) =>
    Number(summary.exec(await (await get(`${origin}/`)).text())?.[1]);
  const before = await sourcesOn(stack.origin);
  expect(await sourcesOn(stack.origin)).toBe(before); // now from the cache

  const written = await post(stack.apps[0]!.origin, sourceRow(`nginx-bound-${Date.now()}`));
  expect(written.status).toBe(201);
  const saved = Date.now();
  expect(await sourcesOn(stack.apps[1]!.origin)).toBe(before + 1);

  let seen = await sourcesOn(stack.origin);
  while (seen === before && Date.now() - saved < 15_000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await sourcesOn(stack.origin);
  }
  expect(seen).toBe(before + 1);
  const bound = (lifetime.sharedMaxAge + lifetime.staleWhileRevalidate) * 1000;
  // A second of slack: nginx counts whole seconds.
  expect(Date.now() - saved).toBeLessThanOrEqual(bound + 1000);
});

test('the editor’s desk and sessions are never cached: a second reader never gets the first one’s cookie or page', async () => {
  const signIn = await fetch(`${stack.origin}/api/session`, {
    method: 'POST',
    headers: { origin: stack.origin, 'content-type': 'application/json' },
    body: JSON.stringify({ token: editorToken }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  expect(cookie).toMatch(/^editor_session=./);
  expect(signIn.headers.get('cache-control')).toBe('private, no-store');

  const editorDesk = await get(`${stack.origin}/admin`, { cookie });
  expect(editorDesk.headers.get('cache-control')).toBe('private, no-store');
  expect(await editorDesk.text()).toContain('Signed in as');

  const editorHome = await get(`${stack.origin}/`, { cookie });
  expect(editorHome.headers.get('x-cache-status')).toBe('BYPASS');

  for (let i = 0; i < 2; i++) {
    const reader = await get(`${stack.origin}/admin`);
    expect(reader.headers.get('set-cookie')).toBeNull();
    expect(reader.headers.get('x-cache-status')).toBe('BYPASS');
    const page = await reader.text();
    expect(page).toContain('Sign in with your editor token');
    expect(page).not.toContain('Signed in as');
    const session = await get(`${stack.origin}/api/session`);
    expect(session.headers.get('set-cookie')).toBeNull();
  }
});

test('the 6th failed sign-in in a minute answers 429 from either of two processes; the editor’s token from another address still writes', async () => {
  const [a, b] = stack.apps as [(typeof stack.apps)[0], (typeof stack.apps)[0]];
  // As nginx would send it: the client's address in X-Real-IP, from a trusted (local) proxy.
  const attempt = (origin: string, token: string, address: string) =>
    fetch(`${origin}/api/sources`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'x-real-ip': address,
      },
      body: JSON.stringify(sourceRow(`limit-${address.replaceAll('.', '-')}`)),
    });
  for (const app of [a, b, a, b, a]) {
    expect((await attempt(app.origin, 'a-wrong-token', '192.0.2.66')).status).toBe(401);
  }
  for (const app of [b, a]) {
    const sixth = await attempt(app.origin, 'a-wrong-token', '192.0.2.66');
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(sixth.headers.get('cache-control')).toMatch(/no-store/);
  }
  expect((await attempt(b.origin, editorToken, '192.0.2.67')).status).toBe(201);
});

test('killing one app process under load loses no read (nginx retries it) and no saved write', async () => {
  test.setTimeout(90_000);
  // Reads that carry credentials: nginx never answers them from its cache (deploy/nginx.conf),
  // so every one reaches an app process.
  const statuses = new Map<number, number>();
  const reads = autocannon({
    url: `${stack.origin}/api/events?year=2018`,
    headers: { authorization: 'Bearer reader' },
    connections: 20,
    duration: 8,
    requests: [
      { onResponse: (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1) },
    ],
  });
  const run = `nginx-kill-${Date.now().toString(36)}`;
  const answers: { id: string; status: number }[] = [];
  const writes = (async () => {
    for (let i = 0; i < 60; i++) {
      const id = `${run}-${i}`;
      const response = await post(stack.origin, sourceRow(id));
      answers.push({ id, status: response.status });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 2500));
  await stopProcess(stack.apps[0]!.child, 'SIGKILL');
  const [result] = await Promise.all([reads, writes]);

  expect(result.errors).toBe(0);
  expect([...statuses.keys()]).toEqual([200]);
  expect(result.requests.total).toBeGreaterThan(100);
  // A write is lost if it was answered 201 and is not in the database. The one a process
  // was saving when it died may fail (nginx does not send a write twice): 502, never more.
  const db = new Database(databasePath, { readonly: true });
  const kept = new Set(
    (db.prepare('SELECT id FROM sources WHERE id LIKE ?').all(`${run}-%`) as { id: string }[]).map(
      (row) => row.id,
    ),
  );
  db.close();
  const saved = answers.filter((answer) => answer.status === 201);
  expect(saved.filter((answer) => !kept.has(answer.id))).toEqual([]);
  const failed = answers.filter((answer) => answer.status !== 201);
  expect(failed.every((answer) => answer.status === 502)).toBe(true);
  expect(failed.length).toBeLessThanOrEqual(1);
  expect(countRows('audit_log')).toBeGreaterThanOrEqual(saved.length);
});
