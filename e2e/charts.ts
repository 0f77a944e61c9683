import { expect, type Page } from '@playwright/test';

/** Scrolls the staffing chart into view, where its code loads, and waits until it is drawn. */
export async function showChart(page: Page) {
  await page.locator('.chart-figure').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.chart-figure .recharts-surface').first()).toBeVisible();
}
