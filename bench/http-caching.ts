import os from 'node:os';
import { startNginx } from '../deploy/local-stack';
import { kib, ratio, table, verdict, whole } from './report';
import { serveApp } from './server';
import { compareThroughput, type Target, type Throughput } from './throughput';

// The app alone (one process, then two on one port), behind deploy/nginx.conf (cache hits),
// and the bare node:http floor, in one run, with the headers a browser sends.

/** What Chromium sends for a page: compression is always asked for. */
export const browserHeaders = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br, zstd',
  'accept-language': 'en-US,en;q=0.9',
  'user-agent':
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
};

const paths = ['/', '/events?year=2018', '/api/events?year=2018'];

/** A measurement, with the path it compares with the one-process app on (none for the floor). */
type CachingThroughput = Throughput & { path?: string };

export type CachingRun = {
  runs: CachingThroughput[];
  bytes: { path: string; plain: number; br: number }[];
};

const label = {
  floor: 'floor: node:http + better-sqlite3, `?year=2018`',
  plain: (path: string) => `app, 1 process, \`${path}\`, no Accept-Encoding`,
  app: (path: string) => `app, 1 process, \`${path}\``,
  two: (path: string) => `app, 2 processes, \`${path}\``,
  nginx: (path: string) => `nginx cache hit, \`${path}\``,
  revalidated: (where: string) => `${where}, \`/\` with its ETag (304)`,
};

async function sizeOf(url: string, encoding: string): Promise<number> {
  const response = await fetch(url, { headers: { 'accept-encoding': encoding } });
  // fetch decodes the body; the length on the wire is the header's.
  return Number(response.headers.get('content-length'));
}

/**
 * `app` is the one-process server the rest of the bench measures; this starts a two-process
 * one and nginx on the same database, and measures all of them side by side.
 */
export async function measureHttpCaching(
  databasePath: string,
  appOrigin: string,
  floorOrigin: string,
  ports: { twoProcesses: number; nginx: number },
): Promise<CachingRun> {
  const two = await serveApp(databasePath, ports.twoProcesses, 2);
  const appPort = Number(new URL(appOrigin).port);
  const nginx = await startNginx(ports.nginx, [appPort], { workers: os.cpus().length });
  try {
    const etag = (await fetch(`${appOrigin}/`, { headers: browserHeaders })).headers.get('etag')!;
    const revalidating = { ...browserHeaders, 'if-none-match': etag };
    const at = (
      origin: string,
      path: string,
      headers: Record<string, string> = browserHeaders,
    ) => ({
      url: `${origin}${path}`,
      headers,
      path,
    });
    const targets: (Target & { path?: string })[] = [
      { label: label.floor, url: `${floorOrigin}/?year=2018`, headers: browserHeaders },
      { label: label.plain('/'), ...at(appOrigin, '/', {}) },
      ...paths.map((path) => ({ label: label.app(path), ...at(appOrigin, path) })),
      ...paths.map((path) => ({ label: label.two(path), ...at(two.baseUrl, path) })),
      ...paths.map((path) => ({ label: label.nginx(path), ...at(nginx.origin, path) })),
      { label: label.revalidated('app, 1 process'), ...at(appOrigin, '/', revalidating) },
      { label: label.revalidated('nginx'), ...at(nginx.origin, '/', revalidating) },
    ];
    // Two client threads: one cannot read nginx's cached 32 KB pages as fast as nginx sends
    // them (measured: 2,500 req/s from one thread, 4,100 from two, the app alone unchanged).
    const measured = await compareThroughput(targets, { workers: 2 });
    const runs = measured.map((run, i) => ({ ...run, path: targets[i]!.path }));
    const bytes = await Promise.all(
      paths.map(async (path) => ({
        path,
        plain: await sizeOf(`${appOrigin}${path}`, 'identity'),
        br: await sizeOf(`${appOrigin}${path}`, 'br'),
      })),
    );
    return { runs, bytes };
  } finally {
    await nginx.stop();
    two.stop();
  }
}

export function httpCachingSection({ runs, bytes }: CachingRun): string[] {
  const rps = (name: string) => runs.find((r) => r.label === name)!.requestsPerSecond;
  const floor = rps(label.floor);
  const compressed = rps(label.app('/')) / rps(label.plain('/'));
  const cached = rps(label.nginx('/')) / rps(label.app('/'));
  const processes = rps(label.two('/')) / rps(label.app('/'));
  return [
    '### HTTP caching, processes and nginx (autocannon, 20 connections from 2 client threads, 10 s per run, two rounds alternated, means; browser headers unless said)',
    '',
    ...table(
      [
        'target',
        'req/s',
        'p50 ms',
        'p99 ms',
        '÷ floor',
        '÷ app, 1 process, same path',
        'non-2xx',
        'errors',
      ],
      runs.map((r) => {
        const alone =
          r.path === undefined ? undefined : runs.find((x) => x.label === label.app(r.path!));
        return [
          r.label,
          whole(r.requestsPerSecond),
          whole(r.p50),
          whole(r.p99),
          ratio(r.requestsPerSecond, floor),
          alone ? ratio(r.requestsPerSecond, alone.requestsPerSecond) : '',
          r.non2xx,
          r.errors,
        ];
      }),
    ),
    '',
    `Bytes on the wire: ${bytes.map((b) => `\`${b.path}\` ${kib(b.plain)} plain, ${kib(b.br)} brotli`).join('; ')}. The 304 rows count as non-2xx: a 304 is their answer.`,
    '',
    `Targets: the app with \`Accept-Encoding\` ≥ 0.9× without it on \`/\`: ${compressed.toFixed(2)}×, ${verdict(compressed >= 0.9)}. Through nginx's cache, \`/\` ≥ 5× the app alone: ${cached.toFixed(2)}×, ${verdict(cached >= 5)}. Two processes ≥ 1.5× one on \`/\`: ${processes.toFixed(2)}×, ${verdict(processes >= 1.5)}.`,
    '',
  ];
}
