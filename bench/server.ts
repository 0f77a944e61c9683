import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, stopProcess } from '../deploy/local-stack';

/** A server the benchmarks started, in its own process group so that stop() ends all of it. */
export type BenchServer = { baseUrl: string; stop: () => void };

async function serve(
  command: string,
  args: string[],
  { port, readyPath, env = {} }: { port: number; readyPath: string; env?: Record<string, string> },
): Promise<BenchServer> {
  const child = spawn(command, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(new URL(readyPath, baseUrl))).ok) {
        return { baseUrl, stop: () => process.kill(-child.pid!, 'SIGTERM') };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-child.pid!, 'SIGTERM');
  throw new Error(`${command} ${args.join(' ')} did not answer ${readyPath} on port ${port}`);
}

/** A fresh temporary database file; `npm run build` migrates and seeds it. */
export function freshDatabasePath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-')), 'bench.db');
}

/** Builds the app for production, setting up (migrate + seed) the database at `databasePath`. */
export function buildApp(databasePath: string): void {
  const build = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/**
 * The standalone build served on a database by `processes` processes, as deployed
 * (deploy/local-stack.ts starts it the same way for the nginx tests).
 */
export async function serveApp(
  databasePath: string,
  port: number,
  processes = 1,
): Promise<BenchServer> {
  const app = await startApp(port, { DATABASE_PATH: databasePath }, processes);
  return { baseUrl: app.origin, stop: () => void stopProcess(app.child) };
}

/** The bare node:http server that answers the events query (floor-server.ts). */
export function serveFloor(databasePath: string, port: number): Promise<BenchServer> {
  return serve('npx', ['tsx', 'bench/floor-server.ts', databasePath, String(port)], {
    port,
    readyPath: '/?year=2018',
  });
}
