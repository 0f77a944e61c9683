import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser';
const base = 'http://127.0.0.1:3000';
async function main() {
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const width of [375, 1440]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      const r = await page.request.post(`${base}/api/session`, { headers: { origin: base }, data: { token: process.env.TOKEN } });
      if (!r.ok()) throw new Error(await r.text());
      for (const [name, path] of [['admin', '/admin?find=expels&entity=events&country=RU'], ['queue', '/admin#corrections'], ['edit', '/admin?event=2016-12-29-us-expels-35&correction=X'], ['event', '/events/2016-12-29-us-expels-35']]) {
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
        await page.screenshot({ path: `/tmp/shots/${name}-${width}-${colorScheme}.png`, fullPage: true });
      }
      await context.close();
    }
  }
  await browser.close();
}
main();
