import { expect, test } from './fixtures';
import { HomePage } from './pages/HomePage';

test.describe('home page', () => {
  test('shows the latest figure each way and the dataset size, as the database holds them', async ({
    page,
    sql,
  }) => {
    const home = new HomePage(page);
    await home.open();

    const [events] = sql<{ n: number }>('SELECT count(*) AS n FROM events');
    await expect(home.datasetCard('Events')).toContainText(String(events!.n));

    for (const [sending, host, label] of [
      ['US', 'RU', 'US staff in Russia'],
      ['RU', 'US', 'Russian staff in the US'],
    ] as const) {
      const latest = sql<{ count: number; publisher: string }>(
        `SELECT h.count, s.publisher FROM headcounts h JOIN sources s ON s.id = h.source_id
         WHERE h.sending_country = ? AND h.host_country = ?
         ORDER BY h.observed_on DESC, h.scope, h.id LIMIT 1`,
        sending,
        host,
      )[0]!;
      const card = home.latestCard(label);
      await expect(card.locator('.card-value')).toHaveText(
        new RegExp(`\\b${latest.count.toLocaleString('en-US')}$`),
      );
      await expect(card).toContainText(latest.publisher);
    }
  });

  test('unknown addresses get the 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
