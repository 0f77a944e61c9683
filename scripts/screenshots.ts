import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser';

// Takes screenshots of pages at phone and desktop widths in both colour schemes, for a
// person to look at before calling a page done. Usage:
//   npm run screenshots -- [base URL] [path …]   (default: http://127.0.0.1:3000 /)
const [baseUrl = 'http://127.0.0.1:3000', ...pages] = process.argv.slice(2);
const outDir = path.join('test-results', 'screenshots');
const widths = [375, 1440];
const schemes = ['light', 'dark'] as const;

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const pagePath of pages.length ? pages : ['/']) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(new URL(pagePath, baseUrl).toString(), { waitUntil: 'networkidle' });
        // Charts load as they come near the viewport: bring them in before the picture.
        for (const figure of await page.locator('.chart-figure').all()) {
          await figure.scrollIntoViewIfNeeded();
          // The chart's code loads once the figure is near: wait for it to draw.
          await figure
            .locator('.staffing-chart')
            .waitFor({ timeout: 15_000 })
            .catch(() => console.warn(`${pagePath} ${width}px: the chart did not draw`));
        }
        await page.waitForLoadState('networkidle');
        const slug = pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
        const name = `${slug}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: path.join(outDir, name), fullPage: true });
        console.log(path.join(outDir, name));
        await page.close();
      }
    }
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
