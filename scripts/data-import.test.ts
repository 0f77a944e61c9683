import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs the real command-line entry points against a temporary database file.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-cli-'));
const databaseFile = path.join(dir, 'cli.db');

function run(script: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', `scripts/${script}.ts`, ...args],
    { env: { ...process.env, DATABASE_PATH: databaseFile }, encoding: 'utf8' },
  );
}

const hash = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

beforeAll(() => {
  const seeded = run('db-setup');
  expect(seeded.status, seeded.stderr).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run data:import', () => {
  it('reports a bad row in the middle as file:line:column, exits non-zero, writes nothing', () => {
    const lines = fs.readFileSync('data/headcounts.csv', 'utf8').trimEnd().split('\n');
    const middle = Math.floor(lines.length / 2);
    lines[middle] = lines[middle]!.replace(/^([^,]+,[^,]+,[A-Z]{2},[A-Z]{2},)\d+/, '$1-12');
    expect(lines[middle]).toMatch(/,-12,/);
    const badFile = path.join(dir, 'headcounts.csv');
    fs.writeFileSync(badFile, lines.join('\r\n'));
    const before = hash(databaseFile);

    const result = run('data-import', badFile);

    expect(result.status).toBe(1);
    const shown = path.relative(process.cwd(), badFile);
    expect(result.stderr).toContain(
      `${shown}:${middle + 1}:count: "-12": expected a whole number ≥ 0`,
    );
    expect(result.stderr).toContain('nothing was written');
    expect(hash(databaseFile)).toBe(before);
  });

  it('imports a good file and reports what changed', () => {
    const result = run('data-import', 'data/events.csv', 'data/event-sources.csv');
    expect(result.status, result.stderr).toBe(0);
    const rows = parse(fs.readFileSync('data/events.csv', 'utf8'), { columns: true }).length;
    expect(rows).toBeGreaterThan(0);
    expect(result.stdout).toContain(`events: ${rows} row(s) read, 0 inserted or changed`);
  });

  it('explains its usage when given no file', () => {
    const result = run('data-import');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run data:import -- <file.csv>');
  });
});

describe('npm run data:check', () => {
  it('passes on the dataset in data/ and prints the coverage of both directions', () => {
    const result = run('data-check');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Soviet, then Russian staff in the US: 1985–89 [✓–✗]/);
    expect(result.stdout).toMatch(/US staff in the Soviet Union, then Russia: 1985–89 [✓–✗]/);
    expect(result.stdout).toMatch(/\d+ of 16 cells covered/);
    expect(result.stdout).toContain('No findings.');
  });
});

describe('npm run db:backup', () => {
  it('copies the database with the online backup, intact', () => {
    const copy = path.join(dir, 'backup.db');
    const result = run('db-backup', copy);
    expect(result.status, result.stderr).toBe(0);
    const inspect = (file: string) => {
      const db = new Database(file, { readonly: true });
      const result = {
        integrity: db.pragma('integrity_check', { simple: true }),
        events: db.prepare('SELECT count(*) FROM events').pluck().get(),
      };
      db.close();
      return result;
    };
    expect(inspect(copy)).toEqual(inspect(databaseFile));
    expect(inspect(copy).integrity).toBe('ok');
  });
});
