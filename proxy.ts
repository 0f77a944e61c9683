import { NextResponse, type NextRequest } from 'next/server';
import { noncePolicy } from './lib/content-security-policy.js';
import { apiError } from './app/api/_lib/errors';
import { queryObject } from './app/api/_lib/query';
import { today } from './lib/dataset/dates';
import { eventsViewPath } from './lib/events/address';
import { missionsViewPath, readMissionsAddress } from './lib/missions/address';
import { readReciprocityAddress, reciprocityViewPath } from './lib/reciprocity/address';
import { hostileKinds } from './lib/reciprocity/kinds';

/**
 * `/events?…` is rewritten to its view's page, which the page cache serves with script
 * hashes like every cached page (db/page-cache/). Pages rendered per request get a fresh
 * script nonce instead: Next.js reads it from the request's Content-Security-Policy and
 * puts it on every script it writes. API routes serve no scripts.
 */
/** Whether a path is valid percent-encoded UTF-8, which Next.js's router can decode. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Next.js answers a dynamic path segment that is not valid percent-encoding (`/events/%`,
 * `/api/events/%E0`) with a 500 (vercel/next.js#92527). Such a path names nothing: 404,
 * in the API's JSON error shape or as the not-found page.
 */
function undecodablePath(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    return apiError(404, 'not_found', 'no such address: its path is not valid percent-encoding');
  }
  return NextResponse.rewrite(new URL('/this-page-does-not-exist', request.url));
}

/** Serves `pathname` (a cached view's page) for the request's address, query left out. */
function rewriteTo(request: NextRequest, pathname: string) {
  const view = request.nextUrl.clone();
  view.pathname = pathname;
  view.search = '';
  return NextResponse.rewrite(view);
}

export function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) return undecodablePath(request);
  if (request.nextUrl.pathname === '/events') {
    return rewriteTo(request, eventsViewPath(request.nextUrl.searchParams));
  }
  if (request.nextUrl.pathname === '/missions') {
    // A clean address goes to its cached view for today; one with a fault to the page that
    // says what is wrong, rendered per request like the pages below.
    const day = today();
    const view = readMissionsAddress(request.nextUrl.searchParams, day);
    if (view) return rewriteTo(request, missionsViewPath(view, day));
  }
  if (request.nextUrl.pathname === '/reciprocity') {
    // A repeated parameter is joined into one value the reader refuses, as the page would.
    const { view, problems } = readReciprocityAddress(
      queryObject(request.nextUrl.searchParams),
      hostileKinds,
    );
    if (!problems.length) return rewriteTo(request, reciprocityViewPath(view, today()));
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = noncePolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    // Every /events address but a year alone, which next.config.js rewrites. Next.js reads
    // this list without running the code, so it names the filters (proxy.test.ts checks
    // them against lib/events/filter-names.js).
    { source: '/events', missing: [{ type: 'query', key: 'year', value: '\\d{4}' }] },
    { source: '/events', has: [{ type: 'query', key: 'from' }] },
    { source: '/events', has: [{ type: 'query', key: 'to' }] },
    { source: '/events', has: [{ type: 'query', key: 'actor' }] },
    { source: '/events', has: [{ type: 'query', key: 'kind' }] },
    { source: '/events', has: [{ type: 'query', key: 'post' }] },
    { source: '/events', has: [{ type: 'query', key: 'q' }] },
    // Every missions and reciprocity address: a clean one is rewritten to its cached view,
    // one with a fault gets a nonce. (Event, article and post pages are cached pages with
    // script hashes, as the views are: a nonce policy beside them would block their scripts.)
    '/missions',
    '/reciprocity',
    '/admin',
    // Pages that read their query or the database per request: the changelog, readers'
    // corrections (the form and each status page).
    '/changes',
    '/corrections/:path*',
    // Paths with a % that may not decode: a stray %, or an escape above ASCII (UTF-8).
    '/(.*%(?![0-7][0-9A-Fa-f]).*)',
  ],
};
