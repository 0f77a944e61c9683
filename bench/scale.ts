import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { serveApp } from './server';
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

export type ScaleRun = { path: string; real: Throughput; scaled: Throughput };

/**
 * The same API requests against the real dataset and the generated one, served by the same
 * build in two processes: per path, the two alternated twice (5 s each), means compared.
 */
export async function measureAtScale(realBaseUrl: string, paths: string[]): Promise<ScaleRun[]> {
  ensureSynthDatabase();
  const synth = await serveApp(synthDatabase, 3301);
  try {
    const runs: ScaleRun[] = [];
    for (const path of paths) {
      const [real, scaled] = await compareThroughput(
        [
          { label: 'real', url: new URL(path, realBaseUrl).toString() },
          { label: 'scale', url: new URL(path, synth.baseUrl).toString() },
        ],
        { rounds: 2, seconds: 5 },
      );
      runs.push({ path, real: real!, scaled: scaled! });
    }
    return runs;
  } finally {
    synth.stop();
  }
}
