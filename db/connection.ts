import 'server-only';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { databasePath } from './revision-cache.cjs';
import { applySettings } from './sqlite-settings.cjs';
import * as schema from './schema';

export type Db = ReturnType<typeof openDatabase>;
/** The handle a `db.transaction(…)` callback receives. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export { databasePath };

/** Opens a SQLite database with the settings every connection needs (db/sqlite-settings.cjs). */
export function openDatabase(file: string = databasePath()) {
  const sqlite = new Database(file);
  applySettings(sqlite, file);
  return drizzle({ client: sqlite, schema });
}
