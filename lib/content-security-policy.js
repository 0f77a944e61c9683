// @ts-check
// CommonJS: next.config.js reads this as well as proxy.ts.

/**
 * The policy for every page and route, except scripts: a cached page carries the hashes of
 * its own inline scripts (db/page-cache.cjs), a page rendered per request a fresh nonce
 * (proxy.ts), so no inline script runs unless the server wrote it.
 */
const basePolicy = [
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

module.exports = { basePolicy };
