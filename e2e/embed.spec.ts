import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A newsroom's page that pastes the code, served on another port (another origin) by a
 * server of the test's own, as a real site would serve it.
 */
async function publishStory(page: Page, html: string) {
  const server = http.createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Story</title><h1>A story</h1>${html}<p>After.</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stories.push(server);
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/story`);
}

const stories: http.Server[] = [];
test.afterEach(() => {
  for (const server of stories.splice(0)) server.close();
});

test.describe('embeds for other sites', () => {
  test('only the embeds may be framed by another site', async ({ request }) => {
    const embed = (await request.get('/embed/events-per-year')).headers();
    expect(embed['content-security-policy']).toContain('frame-ancestors *');
    expect(embed['content-security-policy']).not.toContain("frame-ancestors 'none'");
    expect(embed['x-frame-options']).toBeUndefined();
    for (const path of ['/', '/events?year=2018', '/articles/repatriate-russian-diplomats']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options'], path).toBe('DENY');
    }
  });

  test('the embed code shows the chart on another site and the frame takes its height', async ({
    page,
    sql,
  }) => {
    await page.goto('/events');
    await page.getByText('Embed this chart').click();
    const snippet = await page.getByLabel(/Paste this into your page/).inputValue();
    expect(snippet).toContain(`src="${new URL(page.url()).origin}/embed/events-per-year"`);

    await publishStory(page, snippet);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      'Diplomats expelled each year, by the US and by Russia',
    );
    const years = sql<{ n: number }>(
      `SELECT max(substr(occurred_on, 1, 4)) - min(substr(occurred_on, 1, 4)) + 1 AS n
       FROM events`,
    )[0]!.n;
    await expect(frame.locator('.year-chart-bars > li')).toHaveCount(years);
    await expect(frame.getByRole('link', { name: 'Diplomatic Staffing Tracker' })).toHaveAttribute(
      'target',
      '_blank',
    );
    // The frame was pasted 380 px tall; it takes the height its content reports.
    const iframe = page.locator('iframe');
    const contentHeight = await frame
      .locator('html')
      .evaluate((html) => html.ownerDocument.documentElement.scrollHeight);
    await expect(iframe).toHaveCSS('height', `${contentHeight}px`);
  });

  test('a staffing view embeds as its chart, drawn inside the frame', async ({ page }) => {
    await page.goto('/staffing/diplomats/all/all');
    await page.getByText('Embed this chart').click();
    const snippet = await page.getByLabel(/Paste this into your page/).inputValue();
    expect(snippet).toContain('/embed/staffing/diplomats/all/all"');
    await publishStory(page, snippet);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      /^US and Russian diplomatic staff: diplomats/,
    );
    // Drawn on the server; Recharts takes over when the reader points at the chart.
    await expect(frame.locator('.embed-figure .svg-plot-lines .series-line').first()).toBeVisible();
    await frame.locator('.chart-plot').hover();
    await expect(frame.locator('.embed-figure .recharts-surface')).toBeVisible();
    await expect(frame.locator('.site-header')).toHaveCount(0);
  });

  test('the dashboard itself cannot be framed by another site', async ({ page, baseURL }) => {
    await publishStory(page, `<iframe src="${baseURL}/" title="dashboard"></iframe>`);
    await expect
      .poll(() => page.frames().map((frame) => frame.url()))
      .toContain('chrome-error://chromewebdata/');
    await expect(page.frameLocator('iframe').locator('.site-header')).toHaveCount(0);
  });
});
