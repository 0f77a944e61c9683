import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// deploy/nginx.conf run on this machine, in front of app processes started from the build in
// .next: the nginx e2e tests and the benchmarks use it. Only the addresses change (ports, the
// cache folder); everything else is the file as deployed.

export type AppProcess = { port: number; origin: string; child: ChildProcess };
export type Stack = { origin: string; apps: AppProcess[]; stop: () => Promise<void> };

const nginxBinary = () =>
  process.env.NGINX_PATH ?? (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** Waits until `url` answers at all (any status), or fails after `seconds`. */
export async function waitForAnswer(url: string, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nothing answered ${url} within ${seconds} s`);
}

/**
 * A production app process (server/start.cjs) from the standalone build, as deployed, on
 * `port`, with `processes` processes; `env` names its database (DATABASE_PATH).
 */
export async function startApp(
  port: number,
  env: Record<string, string>,
  processes = 1,
): Promise<AppProcess> {
  const start = path.join(process.cwd(), '.next', 'standalone', 'server', 'start.cjs');
  const args = [start, '--hostname', '127.0.0.1', '--port', String(port)];
  const child = spawn(process.execPath, [...args, '--processes', String(processes)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForAnswer(`${origin}/api/events?limit=1`);
  return { port, origin, child };
}

/**
 * deploy/nginx.conf with this machine's addresses: nginx listening on `port`, the upstream's
 * two servers replaced by `appPorts`, the cache in `cacheDir`. Throws if the file no longer
 * has the lines it changes, rather than test a file other than the deployed one.
 */
export function localNginxConf(port: number, appPorts: number[], cacheDir: string): string {
  const deployed = fs.readFileSync(path.join(process.cwd(), 'deploy', 'nginx.conf'), 'utf8');
  const replacements: [RegExp, string][] = [
    [
      / {4}server 127\.0\.0\.1:3001;\n {4}server 127\.0\.0\.1:3002;\n/,
      appPorts.map((p) => `    server 127.0.0.1:${p};\n`).join(''),
    ],
    [/listen 80;/, `listen 127.0.0.1:${port};`],
    [/\/var\/cache\/nginx\/tracker/, cacheDir],
  ];
  return replacements.reduce((conf, [pattern, replacement]) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf has no ${pattern}`);
    return conf.replace(pattern, replacement);
  }, deployed);
}

/** nginx with deploy/nginx.conf on `port` in front of the app processes on `appPorts`, its files in a temporary folder. */
export async function startNginx(
  port: number,
  appPorts: number[],
  { workers = 1 } = {},
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-nginx-'));
  const site = path.join(dir, 'tracker.conf');
  fs.writeFileSync(site, localNginxConf(port, appPorts, path.join(dir, 'cache')));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${path.join(dir, name)};`)
    .join(' ');
  const main = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    main,
    [
      // As root, nginx's workers would run as nobody, who cannot write this folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      `worker_processes ${workers};`,
      `pid ${path.join(dir, 'nginx.pid')};`,
      `events { worker_connections 4096; }`,
      `http { access_log off; ${temp} include ${site}; }`,
    ].join('\n'),
  );
  const child = spawn(
    nginxBinary(),
    ['-p', dir, '-c', main, '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForAnswer(origin, 20);
  return {
    origin,
    stop: async () => {
      await stopProcess(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ends a process and waits for it. */
export function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * nginx in front of `appPorts.length` app processes on one database: the deployment of the
 * README's "Deploying" section, on this machine.
 */
export async function startStack({
  port,
  appPorts,
  env,
}: {
  port: number;
  appPorts: number[];
  env: Record<string, string>;
}): Promise<Stack> {
  const apps = await Promise.all(appPorts.map((appPort) => startApp(appPort, env)));
  const nginx = await startNginx(port, appPorts);
  return {
    origin: nginx.origin,
    apps,
    stop: async () => {
      await nginx.stop();
      await Promise.all(apps.map((app) => stopProcess(app.child)));
    },
  };
}
