import { NextResponse, type NextRequest } from 'next/server';
import { basePolicy } from './lib/content-security-policy.js';
import { eventsViewPath } from './lib/events/view-segment';

/**
 * `/events` is rewritten to its view for the query string, which the page cache serves
 * with script hashes like every cached page (db/page-cache.cjs). Pages rendered per
 * request get a fresh script nonce instead: Next.js reads it from the request's
 * Content-Security-Policy and puts it on every script it writes. API routes serve no scripts.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/events') {
    // Served from the page cache, per query string (lib/events/view-segment.ts).
    const view = request.nextUrl.clone();
    view.pathname = eventsViewPath(request.nextUrl.search);
    view.search = '';
    return NextResponse.rewrite(view);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = `${basePolicy}; script-src 'self' 'nonce-${nonce}'`;
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    // Every /events address but a year alone (next.config.js rewrites that one).
    { source: '/events', missing: [{ type: 'query', key: 'year', value: '\\d{4}' }] },
    { source: '/events', has: [{ type: 'query', key: 'from' }] },
    { source: '/events', has: [{ type: 'query', key: 'to' }] },
    { source: '/events', has: [{ type: 'query', key: 'actor' }] },
    { source: '/events', has: [{ type: 'query', key: 'kind' }] },
    { source: '/events', has: [{ type: 'query', key: 'q' }] },
    // Event pages, not the cached views: those carry script hashes, and a nonce policy
    // beside them would block their inline scripts.
    '/events/((?!view/|year/).+)',
    '/articles/:slug',
    '/admin',
  ],
};
