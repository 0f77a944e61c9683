import { expect, type Page } from '@playwright/test';

/**
 * Reaches for the staffing chart as a reader does (scrolls to it and points at it), which
 * loads Recharts over the plot drawn on the server, and waits until Recharts has drawn.
 */
export async function showChart(page: Page) {
  const figure = page.locator('.chart-figure').first();
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('.chart-plot').hover();
  await expect(figure.locator('.recharts-surface').first()).toBeVisible();
}
