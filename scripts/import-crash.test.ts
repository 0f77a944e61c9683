import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// An import killed with SIGKILL at a random moment must leave the database intact, with
// either none or all of the file's rows: never some.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-crash-'));
const databaseFile = path.join(dir, 'crash.db');
const env = { ...process.env, DATABASE_PATH: databaseFile };
const rows = 100_000;
const header =
  'id,observed_on,sending_country,host_country,count,bound,scope,coverage,includes_un_mission,facility_id,is_estimate,note,source_id,support';

function writeFile(round: number): string {
  const file = path.join(dir, String(round), 'headcounts.csv');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const lines = [header];
  for (let n = 0; n < rows; n++) {
    lines.push(
      `crash-${round}-${n},2020-01-01,US,RU,${n % 1500},exact,total_staff,country,,,false,,article-2025-repatriate-russian-diplomats,article_only`,
    );
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function inspect() {
  const db = new Database(databaseFile, { readonly: true });
  const state = {
    integrity: db.pragma('integrity_check', { simple: true }),
    headcounts: db.prepare('SELECT count(*) FROM headcounts').pluck().get() as number,
  };
  db.close();
  return state;
}

beforeAll(() => {
  const setup = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', 'scripts/db-setup.ts'],
    { env },
  );
  expect(setup.status).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Round = { delay: number; killedAfter: string; report: boolean; headcounts: number };

/**
 * Imports a file and kills the import `delay` ms after its first batch of rows is written
 * inside the transaction (its progress line on stderr). The report on stdout is printed only
 * after the commit, so a round without it was killed before the import finished.
 */
async function killedImport(file: string, delay: number): Promise<Round> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', 'scripts/data-import.ts', file],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let progress = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const firstWrite = new Promise<void>((resolve) =>
    child.stderr.on('data', (chunk) => {
      progress += chunk;
      if (new RegExp(`headcounts: \\d+ of ${rows} row`).test(progress)) resolve();
    }),
  );
  await Promise.race([firstWrite, exited]);
  await new Promise((resolve) => setTimeout(resolve, delay));
  const lines = progress.trim().split('\n');
  child.kill('SIGKILL');
  await exited;
  return {
    delay,
    killedAfter: lines.at(-1) ?? '(nothing)',
    report: stdout.includes(`headcounts: ${rows} row(s) read`),
    headcounts: inspect().headcounts,
  };
}

/** How many rows the import had written when it was killed, from its last progress line. */
const writtenAt = (round: Round) => Number(/(\d+) of \d+ row/.exec(round.killedAfter)?.[1] ?? 0);

describe('an import killed mid-way', () => {
  it('leaves the database intact with all or none of the rows, 10 times over', async () => {
    const rounds: Round[] = [];
    for (let round = 0; round < 10; round++) {
      const file = writeFile(round);
      const before = inspect().headcounts;
      // Even rounds die at the first batch written, surely inside the transaction; odd ones
      // anywhere from there to well after the commit (a whole import takes about 5 s here).
      const delay = round % 2 === 0 ? 0 : Math.floor(Math.random() * 8000);
      const outcome = await killedImport(file, delay);
      rounds.push(outcome);
      expect(inspect().integrity).toBe('ok');
      const committed = outcome.headcounts === before + rows;
      expect(committed || outcome.headcounts === before, JSON.stringify(outcome)).toBe(true);
      // Reported means committed. Killed while rows were still being written (its last
      // progress line short of the total) means nothing was kept. Between the last batch and
      // the report the commit may or may not have reached the disk: either is whole.
      if (outcome.report) expect(committed, JSON.stringify(outcome)).toBe(true);
      if (writtenAt(outcome) < rows) expect(committed, JSON.stringify(outcome)).toBe(false);
      if (delay === 0) expect(writtenAt(outcome)).toBeLessThan(rows);
    }
    const midway = rounds.filter((r) => writtenAt(r) < rows);
    expect(midway.length).toBeGreaterThanOrEqual(5);
    console.log(
      rounds
        .map(
          (r) =>
            `killed ${r.delay} ms after the first write, at "${r.killedAfter}": ${r.headcounts} headcounts${r.report ? ', reported' : ''}`,
        )
        .join('\n'),
    );
  }, 240_000);
});
