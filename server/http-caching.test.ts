import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedCacheControl } from './cache-rules.cjs';
import { createCachingServer } from './http-caching.cjs';

// A stand-in for the app behind the caching layer: it answers the way Next.js does (headers
// set one by one or through writeHead, bodies in one piece or streamed), so that the layer is
// tested on a real socket with every way a response can be written.
const page = `<!doctype html><title>Staffing</title>${'<p>Embassy Moscow, 1,200 staff.</p>'.repeat(100)}`;
const lifetime = { sharedMaxAge: 60, staleWhileRevalidate: 60 };
let revision = 1;

function app(request: http.IncomingMessage, response: http.ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://app');
  response.setHeader('Vary', 'rsc, next-router-state-tree');
  switch (url.pathname) {
    case '/page':
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 's-maxage=31536000');
      return response.end(request.method === 'HEAD' ? undefined : page);
    case '/streamed':
      response.writeHead(200, { 'content-type': 'text/html' });
      response.flushHeaders();
      response.write(page.slice(0, 500));
      setTimeout(() => response.end(Buffer.from(page.slice(500))), 5);
      return;
    case '/edited':
      // An address whose answer an editor changes between requests.
      response.setHeader('content-type', 'text/html');
      return response.end(`${page}<p>Revision ${revision}</p>`);
    case '/api':
      response.setHeader('content-type', 'application/json');
      return response.end(JSON.stringify({ events: Array(100).fill({ id: 'a' }) }));
    case '/dynamic':
      response.setHeader('Content-Type', 'text/html');
      response.setHeader(
        'Cache-Control',
        'private, no-cache, no-store, max-age=0, must-revalidate',
      );
      return response.end(page);
    case '/session':
      response.setHeader('Set-Cookie', 'editor_session=abc; HttpOnly');
      response.setHeader('content-type', 'application/json');
      return response.end('{}');
    case '/admin':
    case '/api/audit':
      response.setHeader('content-type', 'text/html');
      return response.end(page);
    case '/_next/static/chunk.js':
      response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      response.setHeader('content-type', 'application/javascript');
      return response.end(page);
    case '/image.png':
      response.setHeader('content-type', 'image/png');
      return response.end(Buffer.alloc(4000, 7));
    case '/written-out':
      // Every way the app may hand over bytes: writeHead with a message and a header list,
      // strings in an encoding, callbacks.
      response.writeHead(200, 'Fine', [
        'Content-Type',
        'text/plain',
        'Vary',
        'rsc, Accept-Encoding',
      ]);
      response.write('3c703e', 'hex', () => {
        response.write(Buffer.from(page), () => response.end('</p>', 'utf8', () => {}));
      });
      return;
    case '/flight':
      response.setHeader('content-type', 'text/x-component');
      return response.end(page);
    case '/tagged-personal':
      response.setHeader('content-type', 'text/html');
      response.setHeader('ETag', '"from-the-app"');
      response.setHeader('Set-Cookie', 'a=b');
      return response.end(page);
    case '/_next/static/missing.js':
      response.statusCode = 404;
      response.setHeader('content-type', 'text/plain');
      return response.end('missing');
    case '/broken':
      response.statusCode = 500;
      response.setHeader('content-type', 'text/html');
      return response.end('failed');
    default:
      response.statusCode = 404;
      response.setHeader('content-type', 'application/json');
      return response.end('{"error":"not_found"}');
  }
}

let server: ReturnType<typeof createCachingServer>;
let origin: string;
beforeAll(async () => {
  server = createCachingServer(app, { lifetime, compressedBytes: 1_000_000 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** A raw request (fetch would decompress and hide the encoding). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const request = http.request(`${origin}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      request.on('error', reject);
      request.end();
    },
  );
}

const shared = sharedCacheControl(lifetime);

describe('the HTTP caching layer', () => {
  it('gives a public page the shared lifetime, a weak ETag and its length, in place of the app’s year', async () => {
    const response = await get('/page');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=60',
    );
    expect(response.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(page)));
    expect(response.body.toString()).toBe(page);
  });

  it('answers a request that has the page with 304 and no body, and one that has another with the page', async () => {
    const { headers } = await get('/page');
    const again = await get('/page', { 'If-None-Match': headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(headers.etag);
    expect(again.headers['cache-control']).toBe(shared);
    const listed = await get('/page', { 'If-None-Match': `W/"other", ${headers.etag!.slice(2)}` });
    expect(listed.status).toBe(304);
    const other = await get('/page', { 'If-None-Match': 'W/"other"' });
    expect(other.status).toBe(200);
    expect(other.body.toString()).toBe(page);
  });

  it('changes the ETag when the body changes, and answers the old one with the new body', async () => {
    const before = await get('/edited');
    expect((await get('/edited')).headers.etag).toBe(before.headers.etag);
    revision += 1;
    const after = await get('/edited', { 'If-None-Match': before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.toString()).toContain(`Revision ${revision}`);
  });

  it('compresses for the client (brotli first, then gzip), once, with the same ETag and Vary', async () => {
    const plain = await get('/page');
    const br = await get('/page', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(page);
    expect(br.headers['content-length']).toBe(String(br.body.length));
    expect(br.headers.etag).toBe(plain.headers.etag);
    expect(br.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
    const gzip = await get('/page', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(page);
    const refused = await get('/page', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const again = await get('/page', { 'Accept-Encoding': 'br' });
    expect(again.body.equals(br.body)).toBe(true);
  });

  it('holds a streamed response until it ends, and sends it whole', async () => {
    const response = await get('/streamed', { 'Accept-Encoding': 'gzip' });
    expect(zlib.gunzipSync(response.body).toString()).toBe(page);
    expect(response.headers.etag).toMatch(/^W\//);
  });

  it('answers HEAD with the headers GET would have, and no body', async () => {
    const got = await get('/page', { 'Accept-Encoding': 'br' });
    const head = await get('/page', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['etag', 'content-length', 'content-encoding', 'cache-control']) {
      expect(head.headers[name]).toBe(got.headers[name]);
    }
  });

  it('keeps the router’s Vary off what is not a page', async () => {
    const api = await get('/api', { 'Accept-Encoding': 'gzip' });
    expect(api.headers.vary).toBe('Accept-Encoding');
    expect(api.headers['cache-control']).toBe(shared);
    const image = await get('/image.png', { 'Accept-Encoding': 'gzip' });
    expect(image.headers.vary).toBeUndefined();
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers.etag).toMatch(/^W\//);
  });

  it('lets no one keep a personal answer: the editor’s pages, sessions, credentials, per-request pages', async () => {
    const personal = [
      await get('/admin'),
      await get('/api/audit'),
      await get('/session'),
      await get('/dynamic'),
      await get('/page', { Cookie: 'theme=dark; editor_session=x' }),
      await get('/page', { Authorization: 'Bearer x' }),
    ];
    for (const response of personal) {
      expect(response.headers['cache-control']).toBe('private, no-store');
      expect(response.headers.etag).toBeUndefined();
    }
    const reader = await get('/page', { Cookie: 'theme=dark' });
    expect(reader.headers['cache-control']).toBe(shared);
  });

  it('keeps build files immutable, stores no failure, and lets a short-lived 404 be shared without an ETag', async () => {
    const chunk = await get('/_next/static/chunk.js');
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const broken = await get('/broken');
    expect(broken.headers['cache-control']).toBe('no-store');
    const missing = await get('/missing');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe(shared);
    expect(missing.headers.etag).toBeUndefined();
  });

  it('stores no answer to a write, and keeps one that signs in private', async () => {
    const response = await get('/page', {}, 'POST');
    expect(response.headers['cache-control']).toBe('no-store');
    const signIn = await get('/session', {}, 'POST');
    expect(signIn.headers['cache-control']).toBe('private, no-store');
  });
});

describe('the HTTP caching layer, on how an answer is written', () => {
  it('takes every way of writing: writeHead with a message and a list, encoded strings, callbacks', async () => {
    const response = await get('/written-out');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe(`<p>${page}</p>`);
    expect(response.headers['content-type']).toBe('text/plain');
    // Accept-Encoding once, whoever named it first.
    expect(response.headers.vary).toBe('Accept-Encoding');
  });

  it('keeps the router’s Vary on a page’s client-navigation payload', async () => {
    const response = await get('/flight');
    expect(response.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
  });

  it('answers 304 to any-tag (*) and to the strong form of its weak tag, with no body headers', async () => {
    const { headers } = await get('/page');
    for (const tag of ['*', headers.etag!.replace(/^W\//, '')]) {
      const response = await get('/page', { 'If-None-Match': tag, 'Accept-Encoding': 'br' });
      expect(response.status, tag).toBe(304);
      expect(response.headers.vary, tag).toBe('rsc, next-router-state-tree, Accept-Encoding');
      expect(response.headers['content-type'], tag).toBeUndefined();
      expect(response.headers['content-length'], tag).toBeUndefined();
    }
  });

  it('drops a validator the app set on a personal answer', async () => {
    const response = await get('/tagged-personal');
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('lets a missing build file be shared briefly, not kept for a year', async () => {
    const response = await get('/_next/static/missing.js');
    expect(response.headers['cache-control']).toBe(shared);
  });

  it('does not take a cookie whose name only ends like the editor’s for the editor’s', async () => {
    const response = await get('/page', { Cookie: 'not_editor_session=1' });
    expect(response.headers['cache-control']).toBe(shared);
  });
});
