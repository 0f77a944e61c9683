import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { rawRequest, type RawResponse } from './raw-http';

// Hostile requests on the wire, against the production server the other journeys use:
// malformed paths and percent-encoding, odd methods, headers and encodings, bodies of any
// bytes. (app/api/fuzz.test.ts fuzzes the handlers' parameters and bodies in depth.)
// No response is a 5xx; every error the app answers on /api is the JSON error shape; the
// server answers normally afterwards.

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom(
    '%',
    '%zz',
    '%00',
    '%C0%AF',
    '%E0%A4%A',
    '..%2F..%2Fetc%2Fpasswd',
    "'%20OR%201%3D1--",
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '9'.repeat(400),
    '-1',
    '1e308',
    'A'.repeat(6000),
    '%F0%9F%92%A5',
  ),
);
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'year',
        'from',
        'to',
        'actor',
        'kind',
        'post',
        'q',
        'cursor',
        'limit',
        'scope',
        'on',
        'sort',
        'x',
      ),
      hostileText,
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));
const path = fc.oneof(
  fc.constantFrom(
    '/api/events',
    '/api/events/years',
    '/api/staffing',
    '/api/facilities',
    '/api/reciprocity',
    '/api/headcounts',
    '/api/sources',
    '/api/audit',
    '/api/session',
    '/api/corrections',
  ),
  hostileText.chain((id) =>
    fc.constantFrom(
      `/api/events/${id}`,
      `/api/headcounts/${id}`,
      `/api/sources/${id}`,
      `/api/facilities/${id}`,
      `/api/corrections/${id}/rejection`,
      `/corrections/${id}`,
    ),
  ),
  hostileText.chain((id) =>
    fc.constantFrom(
      '/',
      '/events',
      `/events/${id}`,
      `/articles/${id}`,
      `/staffing/${id}/all/all`,
      '/missions',
      '/reciprocity',
      `/missions/${id}`,
      `/missions/view/${id}`,
    ),
  ),
);
const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS');
const header = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Content-Type: application/json',
      'Content-Type: application/json; charset=utf-16',
      'Content-Type: text/plain',
      'Content-Type: multipart/form-data; boundary=x',
      'Content-Encoding: gzip',
      'Content-Encoding: br',
      'Content-Encoding: x-unknown',
      'Accept-Encoding: gzip, br',
      'Accept-Encoding: *;q=0',
      'Authorization: Bearer not-the-token',
      'Authorization: Basic Zm9vOmJhcg==',
      'Cookie: editor_session=forged.value',
      'Origin: http://evil.example',
      'X-Forwarded-Host: evil.example',
      'Range: bytes=0-10',
      'If-None-Match: *',
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .string({ maxLength: 60 })
      .map((value) => `X-Editor: ${value.replace(/[\r\n]/g, ' ')}`),
  },
  // Rarer: what the HTTP parser itself refuses (control bytes, oversized headers).
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'X-Editor: a\u0000b',
      'X-Editor: a\rb',
      `X-Big: ${'a'.repeat(20_000)}`,
    ),
  },
);
// Bodies as descriptions, turned into bytes in the test, so that a failure reads shortly.
const body = fc.oneof(
  fc.constant({ kind: 'empty' as const }),
  fc.jsonValue().map((value) => ({ kind: 'json' as const, value })),
  fc.jsonValue().map((value) => ({ kind: 'gzipped json' as const, value })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'bytes' as const, bytes })),
  fc.constant({ kind: '70 KB' as const }),
);
type Body = typeof body extends fc.Arbitrary<infer B> ? B : never;

function bytesOf(description: Body): Buffer {
  switch (description.kind) {
    case 'empty':
      return Buffer.alloc(0);
    case 'json':
      return Buffer.from(JSON.stringify(description.value) ?? 'null');
    case 'gzipped json':
      return gzipSync(JSON.stringify(description.value) ?? 'null');
    case 'bytes':
      return Buffer.from(description.bytes);
    case '70 KB':
      return Buffer.alloc(70_000, 'x');
  }
}

function request(m: string, target: string, headers: string[], payload: Buffer): Buffer {
  // Header values above may hold CR or LF: the request is then malformed, which is the point.
  const head = [
    `${m} ${target} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: close',
    `Content-Length: ${payload.length}`,
    ...headers,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), payload]);
}

/** Answered by the app (it sets nosniff on everything), not refused by the HTTP parser. */
const fromApp = (response: RawResponse) => response.headers['x-content-type-options'] === 'nosniff';

test('hostile requests on the wire: no 5xx, JSON errors from the API, the server stays up', async ({
  sql,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const port = Number(new URL(baseURL!).port);
  const tally = { requests: 0, parserRefused: 0, apiErrors: 0 };
  const health = request('GET', '/api/events?year=2018', [], Buffer.alloc(0));
  await fc.assert(
    fc.asyncProperty(
      method,
      path,
      query,
      fc.array(header, { maxLength: 4 }),
      body,
      async (m, p, q, headers, payload) => {
        const target = `${p}${q}`;
        const response = await rawRequest(port, request(m, target, headers, bytesOf(payload)));
        tally.requests++;
        if (response.reset) {
          tally.parserRefused++;
          expect((await rawRequest(port, health)).status, 'up after a reset').toBe(200);
          return;
        }
        expect(response.status, `${m} ${target}`).toBeGreaterThanOrEqual(100);
        expect(response.status, `${m} ${target}`).toBeLessThan(500);
        if (!fromApp(response)) {
          tally.parserRefused++;
          return;
        }
        if (p.startsWith('/api/') && response.status >= 400 && m !== 'HEAD') {
          tally.apiErrors++;
          const error = JSON.parse(response.body.toString('utf8')).error;
          expect(typeof error?.code, `${m} ${target}`).toBe('string');
          expect(typeof error?.message, `${m} ${target}`).toBe('string');
        }
      },
    ),
    { numRuns: 1_000 },
  );
  console.log(
    `${tally.requests} requests: ${tally.apiErrors} API errors checked, ${tally.parserRefused} refused by the HTTP parser (each followed by a normal answer)`,
  );

  // Still up, and still right.
  const last = await rawRequest(port, health);
  expect(last.status).toBe(200);
  const expected = sql<{ n: number }>(
    "SELECT count(*) AS n FROM events WHERE occurred_on LIKE '2018-%'",
  )[0]!.n;
  expect(JSON.parse(last.body.toString('utf8')).events).toHaveLength(expected);
});
