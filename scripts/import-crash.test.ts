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
  'id,observed_on,sending_country,host_country,count,bound,scope,coverage,includes_un_mission,is_estimate,note,source_id,support';

function writeFile(round: number): string {
  const file = path.join(dir, String(round), 'headcounts.csv');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const lines = [header];
  for (let n = 0; n < rows; n++) {
    lines.push(
      `crash-${round}-${n},2020-01-01,US,RU,${n % 1500},exact,total_staff,country,,false,,article-2025-repatriate-russian-diplomats,article_only`,
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

describe('an import killed mid-way', () => {
  it('leaves the database intact with all or none of the rows, 10 times over', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 10; round++) {
      const file = writeFile(round);
      const before = inspect().headcounts;
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--conditions=react-server', 'scripts/data-import.ts', file],
        {
          env,
          stdio: 'ignore',
        },
      );
      // A whole import takes about 5 s here: kill anywhere from parsing to well after commit.
      const delay = 200 + Math.floor(Math.random() * 8000);
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code)),
      );
      const killed = await Promise.race([
        exited.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(child.kill('SIGKILL')), delay)),
      ]);
      await exited;
      const after = inspect();
      expect(after.integrity).toBe('ok');
      expect([before, before + rows]).toContain(after.headcounts);
      outcomes.push(
        `${killed ? 'killed' : 'finished'} after ${delay} ms: ${after.headcounts === before ? 'none' : 'all'}`,
      );
    }
    console.log(outcomes.join('\n'));
  }, 240_000);
});
