// @ts-check
// CommonJS: the production server's migration at start (server/migrate-at-start.cjs) opens the
// database with these as well as every connection of the app (db/connection.ts).

/**
 * The settings every connection needs: WAL so that readers never wait for the writer,
 * foreign keys enforced (SQLite leaves them off by default), and a busy timeout so that a
 * concurrent writer, in this process or another, makes others wait instead of failing.
 * @param {import('better-sqlite3').Database} sqlite
 * @param {string} file
 */
function applySettings(sqlite, file) {
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
}

module.exports = { applySettings };
