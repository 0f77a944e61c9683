import 'server-only';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from './connection';
import { datasetFiles, importFiles } from './dataset-files';
import { migrateDatabase } from './migrate';

/** A fresh, migrated database in its own temporary folder: tests never touch the dev one. */
export function createTestDatabase(): { db: Db; file: string; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-test-'));
  const file = path.join(dir, 'test.db');
  const db = openDatabase(file);
  migrateDatabase(db);
  return {
    db,
    file,
    dispose: () => {
      if (db.$client.open) db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

type TestDatabase = ReturnType<typeof createTestDatabase>;

/**
 * For each test of a file: two fresh databases and a scratch folder, the two ends of a round
 * trip (data written out from `first`, read back into `second`).
 */
export function roundTripFixture(): { first: TestDatabase; second: TestDatabase; dir: string } {
  const fixture = {} as { first: TestDatabase; second: TestDatabase; dir: string };
  beforeEach(() => {
    fixture.first = createTestDatabase();
    fixture.second = createTestDatabase();
    fixture.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-round-trip-'));
  });
  afterEach(() => {
    fixture.first.dispose();
    fixture.second.dispose();
    fs.rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}

/**
 * Points the app's own connection (getDb) at a fresh database seeded from data/, for tests
 * of query functions and route handlers. Returns the test database for direct SQL.
 */
export function useSeededAppDatabase(): { db: Db; dispose: () => void } {
  const testDb = createTestDatabase();
  const report = importFiles(testDb.db, datasetFiles());
  if (!report.ok) throw new Error('the dataset in data/ does not import');
  const global = globalThis as unknown as { trackerDb?: Db };
  global.trackerDb = testDb.db;
  process.env.DATABASE_PATH = testDb.file;
  return {
    db: testDb.db,
    dispose: () => {
      delete global.trackerDb;
      delete process.env.DATABASE_PATH;
      testDb.dispose();
    },
  };
}

/**
 * For a test file of query functions or route handlers: a seeded app database for the
 * whole file. Read `.db` inside tests (it is set before the first one runs).
 */
export function seededAppDatabaseForFile(): { readonly db: Db } {
  let app: ReturnType<typeof useSeededAppDatabase> | undefined;
  beforeAll(() => {
    app = useSeededAppDatabase();
  });
  afterAll(() => app?.dispose());
  return {
    get db() {
      if (!app) throw new Error('the seeded database is only there inside tests');
      return app.db;
    },
  };
}
