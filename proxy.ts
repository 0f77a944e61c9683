import { NextResponse, type NextRequest } from 'next/server';
import { basePolicy } from './lib/content-security-policy.js';

/**
 * Pages rendered per request get a fresh script nonce: Next.js reads it from the request's
 * Content-Security-Policy and puts it on every script it writes. (Cached pages carry script
 * hashes instead: db/page-cache.cjs. API routes serve no scripts.)
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = `${basePolicy}; script-src 'self' 'nonce-${nonce}'`;
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: ['/events', '/events/:id*', '/articles/:slug', '/admin'],
};
