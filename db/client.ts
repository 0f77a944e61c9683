import 'server-only';
import { openDatabase, type Db } from './connection';

const globalForDb = globalThis as unknown as { trackerDb?: Db };

/** The app's one connection, opened on first use and kept across dev-server reloads. */
export function getDb(): Db {
  globalForDb.trackerDb ??= openDatabase();
  return globalForDb.trackerDb;
}

/** Points the app's connection at another database: a script's in-memory copy of the data. */
export function connectDatabase(db: Db): void {
  globalForDb.trackerDb = db;
}
