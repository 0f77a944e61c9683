import 'server-only';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { databasePath } from './revision-cache.cjs';
import * as schema from './schema';

export type Db = ReturnType<typeof openDatabase>;
/** The handle a `db.transaction(…)` callback receives. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export { databasePath };

/**
 * Opens a SQLite database with the settings every connection needs: WAL so that readers
 * never wait for the writer, foreign keys enforced (SQLite leaves them off by default),
 * and a busy timeout so that a concurrent writer makes others wait instead of failing.
 */
export function openDatabase(file: string = databasePath()) {
  const sqlite = new Database(file);
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return drizzle({ client: sqlite, schema });
}
