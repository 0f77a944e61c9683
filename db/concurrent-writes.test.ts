import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './testing';

const run = promisify(execFile);
const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

describe('writes from several processes on one database', () => {
  let database: ReturnType<typeof createTestDatabase>;
  beforeAll(() => {
    database = createTestDatabase();
  });
  afterAll(() => database.dispose());
  const revision = () =>
    database.db.get<{ r: number }>(sql`SELECT revision AS r FROM dataset_revision`)?.r ?? 0;

  it('all succeed, each once, each with its audit row, and each moves the revision on', async () => {
    const writers = ['first', 'second', 'third', 'fourth'];
    const perWriter = 40;
    const before = revision();
    const outputs = await Promise.all(
      writers.map((name) =>
        run(
          tsx,
          [
            '--conditions=react-server',
            'db/concurrent-writer.ts',
            database.file,
            name,
            String(perWriter),
          ],
          { cwd: process.cwd() },
        ),
      ),
    );
    for (const { stdout } of outputs) {
      expect(stdout.trim().split('\n')).toEqual(Array(perWriter).fill('201'));
    }
    const written = writers.length * perWriter;
    const count = (table: string) =>
      database.db.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))!.n;
    expect(count('sources')).toBe(written);
    expect(count('audit_log')).toBe(written);
    // Every process's caches see a write by the revision it leaves behind.
    expect(revision()).toBeGreaterThanOrEqual(before + written);
  }, 120_000);
});
