import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { measureEventsAtScale } from './events-scale';
import { measurePageWeights } from './page-weight';
import { startProductionServer } from './server';
import { measureThroughput, type Throughput } from './throughput';

// npm run bench: builds, serves on a fresh seeded database, measures, and appends the
// results to bench/RESULTS.md. Every ratio compares two measurements of the same run.
const notFoundPath = '/this-page-does-not-exist';
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : 'n/a');

async function main() {
  const server = await startProductionServer();
  try {
    const weights = await measurePageWeights(server.baseUrl, [notFoundPath, '/']);
    const [notFound, home] = weights;
    // Warm the page cache, then alternate so that both see the same machine load.
    await fetch(new URL('/', server.baseUrl));
    const runs: Throughput[] = [];
    for (const path of [notFoundPath, '/', notFoundPath, '/'])
      runs.push(await measureThroughput(server.baseUrl, path));
    // The default page holds 50 of 2018's ~25,000 generated events against the real year's
    // 4; the limit=4 rows compare equal payloads, so that they measure the database alone.
    const scale = await measureEventsAtScale(server.baseUrl, [
      '/api/events?year=2018',
      '/api/events?year=2018&limit=4',
      '/api/events?year=2021&actor=US&kind=expulsion&limit=4',
      '/api/events?q=consulate&limit=4',
    ]);
    const rps = (path: string) =>
      runs.filter((r) => r.path === path).reduce((s, r) => s + r.requestsPerSecond, 0) / 2;

    const dirty = execSync('git status --porcelain --untracked-files=no').toString().trim()
      ? ' + uncommitted changes'
      : '';
    const commit = execSync('git rev-parse --short HEAD').toString().trim() + dirty;
    const lines = [
      `## ${new Date().toISOString()} — commit ${commit}`,
      '',
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
      '',
      '### Page weight (gzip JavaScript, production build, Chromium at 1440 px)',
      '',
      '| page | initial JS (in the HTML) | total JS (until network idle) | files |',
      '| --- | ---: | ---: | ---: |',
      ...weights.map(
        (w) => `| \`${w.path}\` | ${kb(w.initialJs)} KiB | ${kb(w.totalJs)} KiB | ${w.files} |`,
      ),
      '',
      `Ratio \`/\` ÷ 404 page: initial ${ratio(home!.initialJs, notFound!.initialJs)}×, total ${ratio(home!.totalJs, notFound!.totalJs)}× (target ≤ 1.6×).`,
      '',
      '### Throughput (autocannon, 20 connections, 10 s per run, runs alternated)',
      '',
      '| path | req/s | p50 ms | p99 ms | non-2xx | errors |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...runs.map(
        (r) =>
          `| \`${r.path}\` | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`,
      ),
      '',
      `Ratio \`/\` ÷ 404 page (mean of the runs): ${ratio(rps('/'), rps(notFoundPath))}× (target ≥ 0.8×). The 404 runs count as non-2xx by design.`,
      '',
      '### Events API at scale (1,000,000 generated events vs the real dataset; autocannon, 20 connections, 5 s each)',
      '',
      '| path | real p50 / p99 ms | 1M p50 / p99 ms | ratio p50 / p99 | real req/s | 1M req/s |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...scale.map(
        ({ path, real, scaled }) =>
          `| \`${path}\` | ${real.p50} / ${real.p99} | ${scaled.p50} / ${scaled.p99} | ${ratio(scaled.p50, real.p50)} / ${ratio(scaled.p99, real.p99)} | ${real.requestsPerSecond.toFixed(0)} | ${scaled.requestsPerSecond.toFixed(0)} |`,
      ),
      '',
      'Target: 1M ÷ real at most 1.5.',
      '',
    ];
    fs.appendFileSync('bench/RESULTS.md', `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
