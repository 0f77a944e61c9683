import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { serveApp, type BenchServer } from './server';
import { compareThroughput, type Throughput } from './throughput';

export const synthDatabase = 'data/synth.db';

/**
 * Builds the 1,000,000-event, 200,000-observation database once; later runs reuse it,
 * brought up to the current migrations (new indexes) first.
 */
export function ensureSynthDatabase(): void {
  const [script, env] = fs.existsSync(synthDatabase)
    ? [['run', 'db:migrate'], { ...process.env, DATABASE_PATH: synthDatabase }]
    : [['run', 'db:synth', '--', synthDatabase], process.env];
  const run = spawnSync('npm', script, { env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm ${script.join(' ')} failed`);
}

/** `firstMs`: median time of the first request after a write (nothing cached), of 5. */
export type ScaleRun = {
  path: string;
  real: Throughput & { firstMs: number };
  scaled: Throughput & { firstMs: number };
};

/**
 * How long a request takes when its answer is not cached: the data's revision is bumped (as
 * every write does, changing nothing else) before each of 5 timed requests.
 */
export async function firstRequestMs(server: BenchServer, databasePath: string, path: string) {
  const db = new Database(databasePath);
  const times: number[] = [];
  try {
    for (let run = 0; run < 5; run++) {
      db.prepare(
        `INSERT INTO dataset_revision (id, revision, changed_at) VALUES (1, 1, datetime())
         ON CONFLICT (id) DO UPDATE SET revision = revision + 1`,
      ).run();
      const started = performance.now();
      await (await fetch(new URL(path, server.baseUrl))).arrayBuffer();
      times.push(performance.now() - started);
    }
  } finally {
    db.close();
  }
  return times.sort((a, b) => a - b)[2]!;
}

/**
 * The same API requests against the real dataset and the generated one, served by the same
 * build in two processes: per path, the two alternated twice (5 s each), means compared;
 * then the uncached first request on each.
 */
export async function measureAtScale(
  app: BenchServer,
  appDatabase: string,
  paths: string[],
): Promise<ScaleRun[]> {
  ensureSynthDatabase();
  const synth = await serveApp(synthDatabase, 3301);
  try {
    const runs: ScaleRun[] = [];
    for (const path of paths) {
      const [real, scaled] = await compareThroughput(
        [
          { label: 'real', url: new URL(path, app.baseUrl).toString() },
          { label: 'scale', url: new URL(path, synth.baseUrl).toString() },
        ],
        { rounds: 2, seconds: 5 },
      );
      runs.push({
        path,
        real: { ...real!, firstMs: await firstRequestMs(app, appDatabase, path) },
        scaled: { ...scaled!, firstMs: await firstRequestMs(synth, synthDatabase, path) },
      });
    }
    return runs;
  } finally {
    synth.stop();
  }
}
