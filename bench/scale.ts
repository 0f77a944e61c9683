import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { serveApp } from './server';
import { measureThroughput, type Throughput } from './throughput';

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
 * build in two processes, alternated path by path.
 */
export async function measureAtScale(realBaseUrl: string, paths: string[]): Promise<ScaleRun[]> {
  ensureSynthDatabase();
  const synth = await serveApp(synthDatabase, 3301);
  try {
    const runs: ScaleRun[] = [];
    for (const path of paths) {
      const real = { label: path, url: new URL(path, realBaseUrl).toString() };
      const scaled = { label: path, url: new URL(path, synth.baseUrl).toString() };
      await Promise.all([fetch(real.url), fetch(scaled.url)]);
      runs.push({
        path,
        real: await measureThroughput(real, 5),
        scaled: await measureThroughput(scaled, 5),
      });
    }
    return runs;
  } finally {
    synth.stop();
  }
}
