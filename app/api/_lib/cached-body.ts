import 'server-only';
import { revisionCache } from '@/db/revision';

// About 200 bodies of up to a few hundred KB (a million-event range, summarised).
const bodies = revisionCache<Uint8Array>(200);

/**
 * A response for a read that depends only on `key` and the data: computed and encoded once,
 * then served from memory until the next write (db/revision.ts). Kept as bytes, not a
 * string, which would be encoded to UTF-8 again on every request (the page cache found the
 * same for HTML: db/page-cache/handler.cjs).
 */
export function cachedBody(
  key: string,
  headers: { 'content-type': string } & Record<string, string>,
  compute: () => string | Uint8Array,
): Response {
  const body = bodies(`${headers['content-type']} ${key}`, () => {
    const value = compute();
    return typeof value === 'string' ? Buffer.from(value) : value;
  });
  return new Response(body as Uint8Array<ArrayBuffer>, { headers });
}

export function cachedJson(key: string, compute: () => unknown): Response {
  return cachedBody(key, { 'content-type': 'application/json' }, () => JSON.stringify(compute()));
}
