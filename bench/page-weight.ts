import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser';

export type PageWeight = { path: string; initialJs: number; totalJs: number; files: number };

/**
 * Gzip bytes of JavaScript a page loads in Chromium: `initialJs` is what the HTML asks for
 * (needed before the page is interactive); `totalJs` adds what loads afterwards until the
 * network is idle (here, the deferred chart).
 */
export async function measurePageWeights(baseUrl: string, paths: string[]): Promise<PageWeight[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results: PageWeight[] = [];
  for (const pagePath of paths) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const sizes = new Map<string, number>();
    page.on('response', async (response) => {
      if (!response.url().endsWith('.js')) return;
      sizes.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
    });
    const html = await (await page.goto(new URL(pagePath, baseUrl).toString(), {
      waitUntil: 'networkidle',
    }))!.text();
    await page.waitForTimeout(500);
    const inHtml = new Set(
      [...html.matchAll(/\/_next\/static\/[^"' ]+\.js/g)].map((m) =>
        new URL(m[0], baseUrl).toString(),
      ),
    );
    const sum = (urls: string[]) => urls.reduce((total, url) => total + (sizes.get(url) ?? 0), 0);
    results.push({
      path: pagePath,
      initialJs: sum([...sizes.keys()].filter((url) => inHtml.has(url))),
      totalJs: sum([...sizes.keys()]),
      files: sizes.size,
    });
    await page.close();
  }
  await browser.close();
  return results;
}
