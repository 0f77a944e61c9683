import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A production build served on a fresh seeded database, as the benchmarks measure it. */
export type BenchServer = { baseUrl: string; databasePath: string; stop: () => void };

export async function startProductionServer(port = 3300): Promise<BenchServer> {
  const databasePath = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-')),
    'bench.db',
  );
  const env = { ...process.env, DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: '1' };
  const build = spawnSync('npm', ['run', 'build'], { env, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const child: ChildProcess = spawn(
    'npx',
    ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      env,
      stdio: 'ignore',
      detached: true,
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, databasePath, stop: () => process.kill(-child.pid!, 'SIGTERM') };
}
