import { expect, test } from './fixtures';

// The chart is drawn on the server: a reader without JavaScript (or before it loads) sees it.
test.use({ javaScriptEnabled: false });

test.describe('the chart without JavaScript', () => {
  for (const path of ['/', '/articles/repatriate-russian-diplomats']) {
    test(`${path} shows the chart as SVG, with both directions' lines`, async ({ page }) => {
      await page.goto(path);
      const plot = page.locator('.chart-figure .svg-plot-lines svg');
      await expect(plot).toBeVisible();
      for (const direction of ['US-RU', 'RU-US']) {
        const lines = plot.locator(`.series-line.series-${direction} path`);
        expect(await lines.count(), direction).toBeGreaterThan(0);
        for (const d of await lines.evaluateAll((paths) => paths.map((p) => p.getAttribute('d'))))
          expect(d, direction).toMatch(/^M[\d.]+ [\d.]+H[\d.]+/);
      }
      await expect(page.locator('.chart-figure .svg-plot-x span').first()).toHaveText(/^\d{4}$/);
      await expect(page.locator('.recharts-surface')).toHaveCount(0);
    });
  }
});
