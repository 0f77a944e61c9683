import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { measureThroughput, type Throughput } from './throughput';

export const synthDatabase = 'data/synth.db';

/** Builds the 1,000,000-event database once; later runs reuse it. */
export function ensureSynthDatabase(): void {
  if (fs.existsSync(synthDatabase)) return;
  const built = spawnSync('npm', ['run', 'db:synth', '--', synthDatabase], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run db:synth failed');
}

/** Serves the existing production build on another database, for side-by-side runs. */
export async function serveBuildOn(databasePath: string, port: number) {
  const child = spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/api/events?limit=1`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, stop: () => process.kill(-child.pid!, 'SIGTERM') };
}

/** The same API requests against the real dataset and the million-event one, alternated. */
export async function measureEventsAtScale(realBaseUrl: string, paths: string[]) {
  ensureSynthDatabase();
  const synth = await serveBuildOn(synthDatabase, 3301);
  try {
    const runs: { path: string; real: Throughput; scaled: Throughput }[] = [];
    for (const path of paths) {
      await fetch(new URL(path, realBaseUrl));
      await fetch(new URL(path, synth.baseUrl));
      const real = await measureThroughput(realBaseUrl, path, 5);
      const scaled = await measureThroughput(synth.baseUrl, path, 5);
      runs.push({ path, real, scaled });
    }
    return runs;
  } finally {
    synth.stop();
  }
}
