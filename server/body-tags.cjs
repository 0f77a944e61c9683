// @ts-check
// ETags from a body's bytes, computed once for a body that is sent many times as the same
// object: the page cache (db/page-cache/handler.cjs) remembers the tag of each page it keeps,
// and the caching layer (server/http-caching.cjs) finds it by the very object the app hands
// it, instead of hashing 200 KB again for each reader (bench/RESULTS.md, issue 16).
const { createHash } = require('node:crypto');

/** @type {WeakMap<Uint8Array, string>} */
const remembered = new WeakMap();

/**
 * A weak validator from the body's bytes: equal bodies, equal ETags, whatever process, build
 * or revision sent them, and any change of data, build or day that changes the bytes changes
 * it. Weak because the compressed and plain bodies share it (they mean the same thing).
 * @param {Uint8Array} body
 */
function etagOf(body) {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Remembers the tag of `body`, which its owner keeps as it is (never written to) and sends
 * as this object: an object, not its bytes, is the key, so no other body can match it.
 * @param {Uint8Array} body
 */
function rememberTag(body) {
  remembered.set(body, etagOf(body));
}

/** @param {Uint8Array} body */
function tagOf(body) {
  return remembered.get(body) ?? etagOf(body);
}

module.exports = { etagOf, rememberTag, tagOf };
