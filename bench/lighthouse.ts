import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumExecutable } from '../e2e/browser';

export type LighthouseResult = {
  path: string;
  scores: { performance: number; accessibility: number; bestPractices: number };
  metrics: { fcp: string; lcp: string; tbt: string; cls: string };
  /** Weighted audits that scored under 0.9, to say why a score is low. */
  failing: string[];
};

type Report = {
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
};

// Chromium on this machine must not reach for the network (it hangs on a closed one), and
// runs as root in CI, hence no sandbox.
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ');

/** Lighthouse (the version pinned in package.json) with its default mobile preset. */
export function runLighthouse(baseUrl: string, pagePath: string): LighthouseResult {
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-')), 'report.json');
  const run = spawnSync(
    'npx',
    [
      'lighthouse',
      new URL(pagePath, baseUrl).toString(),
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${chromeFlags}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumExecutable() }, stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed on ${pagePath}`);
  const report = JSON.parse(fs.readFileSync(output, 'utf8')) as Report;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const shown = (id: string) => report.audits[id]?.displayValue ?? 'n/a';
  const failing = Object.values(report.categories)
    .flatMap((category) => category.auditRefs)
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 0.9)
    .map((audit) => (audit.displayValue ? `${audit.title} (${audit.displayValue})` : audit.title));
  return {
    path: pagePath,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
    },
    metrics: {
      fcp: shown('first-contentful-paint'),
      lcp: shown('largest-contentful-paint'),
      tbt: shown('total-blocking-time'),
      cls: shown('cumulative-layout-shift'),
    },
    failing,
  };
}
