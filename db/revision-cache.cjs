// @ts-check
// CommonJS: the page cache (db/page-cache/handler.cjs), which Next.js loads outside its
// bundler, uses this as well as db/revision.ts and db/connection.ts.
const path = require('node:path');

/** Where the app keeps its data unless DATABASE_PATH says otherwise (git-ignored). */
function databasePath() {
  return process.env.DATABASE_PATH || path.join(process.cwd(), 'data', 'tracker.db');
}

/**
 * A reader of the data's revision on a better-sqlite3 connection, 0 before the first write.
 * Every write bumps it (db/revision.ts), whichever process made it.
 * @param {import('better-sqlite3').Database} sqlite
 * @returns {() => number}
 */
function revisionReader(sqlite) {
  const statement = sqlite.prepare('SELECT revision FROM dataset_revision WHERE id = 1').pluck();
  return () => /** @type {number | undefined} */ (statement.get()) ?? 0;
}

/**
 * Values (rendered pages, API bodies) kept with the revision of the data they were made
 * from, and served only while that revision is current: a write makes every one of them
 * stale at once. The least recently used go first when it is full.
 * @template V
 */
class RevisionCache {
  /** @param {number} maxEntries */
  constructor(maxEntries) {
    this.maxEntries = maxEntries;
    /** @type {Map<string, { revision: number, value: V }>} */
    this.entries = new Map();
  }

  /**
   * The value kept under `key` if it was made at `revision`; a stale one is dropped.
   * @param {string} key
   * @param {number} revision
   * @returns {{ value: V } | undefined}
   */
  get(key, revision) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.revision !== revision) return undefined;
    // Re-inserted to mark it recently used: a Map iterates in insertion order.
    this.entries.set(key, entry);
    return { value: entry.value };
  }

  /**
   * Keeps a value made at `revision`. Read the revision before making the value where
   * possible: then a write while it was being made leaves it stale rather than current.
   * @param {string} key
   * @param {V} value
   * @param {number} revision
   */
  set(key, value, revision) {
    this.entries.delete(key);
    this.entries.set(key, { revision, value });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(/** @type {string} */ (this.entries.keys().next().value));
    }
  }

  /** @param {(value: V) => boolean} picked drops the values it picks */
  deleteWhere(picked) {
    for (const [key, entry] of this.entries) if (picked(entry.value)) this.entries.delete(key);
  }
}

module.exports = { databasePath, revisionReader, RevisionCache };
