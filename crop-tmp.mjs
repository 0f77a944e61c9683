import { chromium } from '@playwright/test';
const [,, url, width, scheme, out, y0, h] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(h) }, colorScheme: scheme });
await page.goto(url, { waitUntil: 'networkidle' });
await page.evaluate((y) => window.scrollTo(0, y), Number(y0));
await page.screenshot({ path: out });
await browser.close();
