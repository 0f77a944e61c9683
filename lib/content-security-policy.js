// @ts-check
// CommonJS: next.config.js and the page cache (db/page-cache/handler.cjs) read this as well
// as proxy.ts.
const { createHash } = require('node:crypto');

/**
 * The policy for every page and route, except scripts and framing: a cached page carries the
 * hashes of its own inline scripts (scriptPolicyFor), a page rendered per request a fresh
 * nonce (noncePolicy), so no inline script runs unless the server wrote it.
 */
const basePolicy = [
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** No other site may frame a page (clickjacking), except the embeds, which are made for it. */
const pagePolicy = `${basePolicy}; frame-ancestors 'none'`;
const embedPolicy = `${basePolicy}; frame-ancestors *`;

const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The script policy of a page served as it was rendered: scripts from this site, and the
 * inline scripts in its HTML, each by its hash.
 * @param {string} html
 */
function scriptPolicyFor(html) {
  const hashes = [...html.matchAll(inlineScript)].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
  );
  return `script-src 'self' ${hashes.join(' ')}`.trim();
}

/**
 * The whole policy of a page rendered for one request: Next.js puts the nonce on every
 * script it writes.
 * @param {string} nonce
 */
function noncePolicy(nonce) {
  return `${pagePolicy}; script-src 'self' 'nonce-${nonce}'`;
}

module.exports = { pagePolicy, embedPolicy, noncePolicy, scriptPolicyFor };
