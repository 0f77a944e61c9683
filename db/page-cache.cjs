// Next.js cache handler for rendered pages (ISR): an in-memory LRU whose entries are only
// served while the dataset revision they were rendered at is still current. Every write
// bumps the revision (db/revision.ts), so a page shows a change on the very next request,
// whether the app or a command-line import wrote it. Plain CommonJS: Next.js loads this
// file directly, outside its bundler.
const path = require('node:path');
const { createHash } = require('node:crypto');
const Database = require('better-sqlite3');

const maxEntries = 500;
const entries = new Map();
let readRevision;

/** The current dataset revision, or null when it cannot be read (then nothing is cached). */
function currentRevision() {
  try {
    if (!readRevision) {
      const file = process.env.DATABASE_PATH || path.join(process.cwd(), 'data', 'tracker.db');
      const db = new Database(file, { readonly: true, fileMustExist: true });
      const statement = db.prepare('SELECT revision FROM dataset_revision WHERE id = 1').pluck();
      readRevision = () => statement.get() ?? 0;
    }
    return readRevision();
  } catch {
    readRevision = undefined;
    return null;
  }
}

const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * Gives a cached page its script policy: its own scripts from this site, and exactly the
 * inline scripts it was rendered with, by hash. Set on the value Next.js also serves the
 * first response from, so the page has it from its first request on.
 */
function addScriptPolicy(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return;
  const hashes = [...value.html.matchAll(inlineScript)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
  value.headers = {
    ...value.headers,
    'content-security-policy': `script-src 'self' ${hashes.join(' ')}`.trim(),
  };
}

/**
 * Keeps a page's HTML as UTF-8 bytes. Next.js hands a cached HTML string to the socket, which
 * encodes it again on every request; for a page of 90 KB with non-Latin-1 text that encoding
 * was a third of the server's CPU and halved its throughput (bench/RESULTS.md). Bytes are
 * written as they are. Next.js's RenderResult accepts either; the e2e tests load, navigate and
 * read cached pages with and without JavaScript.
 */
function asBytes(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return value;
  return { ...value, html: Buffer.from(value.html) };
}

module.exports = class PageCache {
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    const revision = currentRevision();
    if (revision === null || entry.revision !== revision) {
      entries.delete(key);
      return null;
    }
    // Re-insert to mark as recently used: a Map iterates in insertion order.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, value, context) {
    addScriptPolicy(value);
    const revision = currentRevision();
    if (revision === null) return;
    entries.delete(key);
    entries.set(key, {
      value: asBytes(value),
      revision,
      lastModified: Date.now(),
      tags: context?.tags ?? [],
    });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const wanted = [tags].flat();
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => wanted.includes(tag))) entries.delete(key);
    }
  }

  resetRequestCache() {}
};
