import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { measurePageWeights, type PageWeight } from './page-weight';
import { kib, ratio, runHeading, table, verdict, whole } from './report';
import { measurePreviews, type PreviewTiming } from './preview';
import { measureAtScale, type ScaleRun } from './scale';
import { buildApp, freshDatabasePath, serveApp, serveFloor } from './server';
import { compareThroughput, type Throughput } from './throughput';
import { httpCachingSection, measureHttpCaching } from './http-caching';

// npm run bench: builds, serves on a fresh seeded database, measures, and appends the
// results to bench/RESULTS.md. Every ratio compares two measurements of the same run.
const notFound = '/this-page-does-not-exist';
const articlePage = '/articles/repatriate-russian-diplomats';
const eventsQuery = '/api/events?year=2018';
const missionsPage = '/missions?on=2016-12-01';
const reciprocityPage = '/reciprocity';
const pages = [notFound, '/', '/events?year=2018', articlePage, missionsPage, reciprocityPage];
const scalePaths = [
  eventsQuery,
  // The default page holds 50 of 2018's ~25,000 generated events against the real year's
  // 4; limit=4 compares equal payloads, so that it measures the database alone.
  '/api/events?year=2018&limit=4',
  '/api/events?year=2021&actor=US&kind=expulsion&limit=4',
  '/api/events?q=consulate&limit=4',
  // Observation-heavy: every figure of a scope, and the events drawn under the chart.
  '/api/staffing',
  '/api/staffing?scope=diplomats&from=2016&to=2025',
];

// Preview images (Open Graph, PNG download): a chart of a view, and an event's facts.
const previewPaths = [
  '/preview/staffing/all_scopes/all/all.png',
  '/preview/staffing/diplomats/2016-2025/all.png',
  '/preview/events/2018-03-26-us-expels-60.png',
];

async function main() {
  const started = Date.now();
  const databasePath = freshDatabasePath();
  buildApp(databasePath);
  const app = await serveApp(databasePath, 3300);
  const floor = await serveFloor(databasePath, 3302);
  try {
    const sameAnswer = isDeepStrictEqual(
      await (await fetch(new URL(eventsQuery, app.baseUrl))).json(),
      await (await fetch(new URL(eventsQuery, floor.baseUrl))).json(),
    );
    const weights = await measurePageWeights(app.baseUrl, pages);
    const throughput = await compareThroughput([
      {
        label: 'floor: node:http + better-sqlite3, `?year=2018`',
        url: `${floor.baseUrl}/?year=2018`,
      },
      ...[
        notFound,
        '/',
        '/events?year=2018',
        '/events?q=consulate',
        missionsPage,
        reciprocityPage,
        eventsQuery,
        '/api/staffing',
      ].map((path) => ({
        label: `\`${path}\``,
        url: new URL(path, app.baseUrl).toString(),
      })),
    ]);
    const caching = await measureHttpCaching(databasePath, app.baseUrl, floor.baseUrl, {
      twoProcesses: 3304,
      nginx: 3306,
    });
    const scale = await measureAtScale(app, databasePath, scalePaths);
    const previews = await measurePreviews(app, databasePath, previewPaths);
    const lighthouse = [
      runLighthouse(app.baseUrl, '/'),
      runLighthouse(app.baseUrl, '/events'),
      runLighthouse(app.baseUrl, articlePage),
      runLighthouse(app.baseUrl, missionsPage),
      runLighthouse(app.baseUrl, reciprocityPage),
    ];
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    const lines = [
      ...runHeading(),
      '',
      ...pageWeightSection(weights),
      ...throughputSection(throughput, sameAnswer),
      ...httpCachingSection(caching),
      ...scaleSection(scale),
      ...previewSection(previews),
      ...lighthouseSection(lighthouse),
      `The whole run took ${minutes} minutes.`,
      '',
    ];
    fs.appendFileSync('bench/RESULTS.md', `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
  } finally {
    app.stop();
    floor.stop();
  }
}

function pageWeightSection(weights: PageWeight[]): string[] {
  const base = weights[0]!;
  const missions = weights.find((w) => w.path === missionsPage)!;
  const missionsRatio = missions.initialJs / base.initialJs;
  return [
    '### Page weight (gzip JavaScript, production build, Chromium at 1440 × 900)',
    '',
    ...table(
      [
        'page',
        'initial JS (in the HTML)',
        'total JS (until network idle)',
        'files',
        '÷ 404 initial / total',
      ],
      weights.map((w) => [
        `\`${w.path}\``,
        kib(w.initialJs),
        kib(w.totalJs),
        w.files,
        `${ratio(w.initialJs, base.initialJs)} / ${ratio(w.totalJs, base.totalJs)}`,
      ]),
    ),
    '',
    `Target: \`${missionsPage}\` initial JS ≤ 1.1× the 404 page: ${missionsRatio.toFixed(2)}×, ${verdict(missionsRatio <= 1.1)}.`,
    '',
  ];
}

function throughputSection(runs: Throughput[], sameAnswer: boolean): string[] {
  const [floor, notFoundPage] = runs;
  const rps = (label: string) => runs.find((r) => r.label === label)!.requestsPerSecond;
  const home = rps('`/`') / notFoundPage!.requestsPerSecond;
  const events = rps('`/events?year=2018`') / notFoundPage!.requestsPerSecond;
  return [
    '### Throughput (autocannon, 20 connections, 10 s per run, two rounds alternated, means)',
    '',
    ...table(
      ['target', 'req/s', 'p50 ms', 'p99 ms', '÷ floor', '÷ 404 page', 'non-2xx', 'errors'],
      runs.map((r) => [
        r.label,
        whole(r.requestsPerSecond),
        whole(r.p50),
        whole(r.p99),
        ratio(r.requestsPerSecond, floor!.requestsPerSecond),
        ratio(r.requestsPerSecond, notFoundPage!.requestsPerSecond),
        r.non2xx,
        r.errors,
      ]),
    ),
    '',
    `The floor answers \`${eventsQuery}\` with ${sameAnswer ? 'the same JSON as the app (compared before the run)' : '**different JSON from the app**'}; the 404 page counts as non-2xx by design.`,
    '',
    `Targets: \`/\` ≥ 0.8× the 404 page: ${home.toFixed(2)}×, ${verdict(home >= 0.8)}. \`/events?year=2018\` ≥ 0.5×: ${events.toFixed(2)}×, ${verdict(events >= 0.5)}.`,
    '',
  ];
}

function scaleSection(runs: ScaleRun[]): string[] {
  const events = runs.filter((r) => r.path.startsWith('/api/events'));
  const worst = Math.max(...events.map((r) => r.scaled.p99 / r.real.p99));
  return [
    '### API at scale (1,000,000 events and 200,000 observations vs the real dataset; 20 connections, 5 s per run, two rounds alternated, means)',
    '',
    ...table(
      [
        'path',
        'real p50 / p99 ms',
        'scale p50 / p99 ms',
        'ratio p50 / p99',
        'real req/s',
        'scale req/s',
        'scale errors',
        'uncached real / scale ms',
      ],
      runs.map(({ path, real, scaled }) => [
        `\`${path}\``,
        `${whole(real.p50)} / ${whole(real.p99)}`,
        `${whole(scaled.p50)} / ${whole(scaled.p99)}`,
        `${ratio(scaled.p50, real.p50)} / ${ratio(scaled.p99, real.p99)}`,
        whole(real.requestsPerSecond),
        whole(scaled.requestsPerSecond),
        scaled.errors + scaled.non2xx,
        `${real.firstMs.toFixed(1)} / ${scaled.firstMs.toFixed(1)}`,
      ]),
    ),
    '',
    `Target: events API p99 at scale ≤ 1.5× real: worst ${worst.toFixed(2)}×, ${verdict(worst <= 1.5)}. Repeated requests are answered from the revision cache (app/api/_lib/cached-body.ts); the last column is one request right after a write, when nothing is cached (median of 5, one at a time).`,
    '',
  ];
}

function previewSection(timings: PreviewTiming[]): string[] {
  const worst = Math.max(...timings.map((t) => t.warmMs));
  return [
    '### Preview images (one request at a time; cold: right after a write, median of 5; warm: median of 20)',
    '',
    ...table(
      ['path', 'cold ms', 'warm ms', 'size'],
      timings.map((t) => [`\`${t.path}\``, whole(t.coldMs), whole(t.warmMs), kib(t.bytes)]),
    ),
    '',
    `Target: warm ≤ 150 ms: worst ${whole(worst)} ms, ${verdict(worst <= 150)}.`,
    '',
  ];
}

function lighthouseSection(results: LighthouseResult[]): string[] {
  const met = results.every((r) => r.scores.performance >= 90 && r.scores.accessibility >= 95);
  const missions = results.find((r) => r.path === missionsPage)!;
  const missionsMet = missions.scores.performance >= 95 && missions.scores.accessibility === 100;
  const reciprocity = results.find((r) => r.path === reciprocityPage)!;
  const reciprocityMet = reciprocity.scores.performance >= 95;
  return [
    '### Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4× CPU slowdown), system Chromium',
    '',
    ...table(
      ['page', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT', 'CLS'],
      results.map(({ path, scores, metrics }) => [
        `\`${path}\``,
        scores.performance,
        scores.accessibility,
        scores.bestPractices,
        metrics.fcp,
        metrics.lcp,
        metrics.tbt,
        metrics.cls,
      ]),
    ),
    '',
    `Target: performance ≥ 90 and accessibility ≥ 95 on every page: ${verdict(met)}. \`${missionsPage}\`: performance ≥ 95 and accessibility 100: ${verdict(missionsMet)}. \`${reciprocityPage}\`: performance ≥ 95: ${verdict(reciprocityMet)}.`,
    ...results
      .filter((r) => r.failing.length)
      .map((r) => `- \`${r.path}\` under 0.9: ${r.failing.join('; ')}.`),
    '',
  ];
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
