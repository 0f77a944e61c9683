// Next.js cache handler for rendered pages (ISR): pages are kept in memory and served only
// while the data revision they were rendered at is current (db/revision-cache.cjs), so a
// page shows a change on the very next request, whether the app or a command-line import
// wrote it. Plain CommonJS: Next.js loads this file directly, outside its bundler.
const Database = require('better-sqlite3');
const { scriptPolicyFor } = require('../../lib/content-security-policy.js');
const { databasePath, revisionReader, RevisionCache } = require('../revision-cache.cjs');
const { rememberTag } = require('../../server/body-tags.cjs');

const pages = new RevisionCache(500);
let readRevision;

/** The current revision, or null when it cannot be read (then nothing is cached). */
function currentRevision() {
  try {
    readRevision ??= revisionReader(
      new Database(databasePath(), { readonly: true, fileMustExist: true }),
    );
    return readRevision();
  } catch {
    readRevision = undefined;
    return null;
  }
}

const isPage = (value) => value?.kind === 'APP_PAGE' && typeof value.html === 'string';

/**
 * A cached page carries its own script policy: exactly the inline scripts it was rendered
 * with, by hash. Set on the value Next.js also serves the first response from, so the page
 * has it from its first request on.
 */
function addScriptPolicy(value) {
  if (!isPage(value)) return;
  value.headers = { ...value.headers, 'content-security-policy': scriptPolicyFor(value.html) };
}

/**
 * Keeps a page's HTML as UTF-8 bytes. Next.js hands a cached HTML string to the socket, which
 * encodes it again on every request; for a page of 90 KB with non-Latin-1 text that encoding
 * was a third of the server's CPU and halved its throughput (bench/RESULTS.md). Bytes are
 * written as they are. Next.js's RenderResult accepts either; the e2e tests load, navigate and
 * read cached pages with and without JavaScript.
 */
function asBytes(value) {
  if (!isPage(value)) return value;
  const html = Buffer.from(value.html);
  // Its ETag, once: the server sends this very object to every reader (server/body-tags.cjs).
  rememberTag(html);
  return { ...value, html };
}

module.exports = class PageCache {
  async get(key) {
    const revision = currentRevision();
    const hit = revision === null ? undefined : pages.get(key, revision);
    return hit ? { value: hit.value.value, lastModified: hit.value.lastModified } : null;
  }

  async set(key, value, context) {
    addScriptPolicy(value);
    const revision = currentRevision();
    if (revision === null) return;
    const page = { value: asBytes(value), lastModified: Date.now(), tags: context?.tags ?? [] };
    pages.set(key, page, revision);
  }

  async revalidateTag(tags) {
    const wanted = [tags].flat();
    pages.deleteWhere((page) => page.tags.some((tag) => wanted.includes(tag)));
  }

  resetRequestCache() {}
};
