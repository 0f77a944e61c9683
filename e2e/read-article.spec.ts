import { expectNoSeriousViolations } from './accessibility';
import { showChart } from './charts';
import { expect, test } from './fixtures';

const slug = 'repatriate-russian-diplomats';

test.describe('read the linked article', () => {
  test('from the dashboard to the full text, without the page navigation line', async ({
    page,
    sql,
  }) => {
    await page.goto('/');
    const [article] = sql<{ title: string; body: string }>(
      'SELECT title, body FROM articles WHERE slug = ?',
      slug,
    );
    await page.getByRole('link', { name: article!.title }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article!.title);

    const paragraphs = article!.body.split(/\n\s*\n/);
    const text = page.locator('.article-body');
    await expect(text).toContainText(paragraphs[0]!.slice(0, 120));
    await expect(text).toContainText(paragraphs.at(-1)!.slice(-120));
    await expect(page.locator('.article-body p')).toHaveCount(paragraphs.length);
    await expect(page.getByText('Previous Post Next Post')).toHaveCount(0);
  });

  test('every marked figure reveals its data and sources on focus', async ({ page, sql }) => {
    await page.goto(`/articles/${slug}`);
    const figures = sql<{ id: string; quote: string }>(
      'SELECT id, quote FROM article_references WHERE article_slug = ? AND value IS NOT NULL',
      slug,
    );
    expect(figures.length).toBeGreaterThanOrEqual(4);
    for (const { id, quote } of figures) {
      const details = page.locator(`#ref-${id}-details`);
      await expect(details).toBeHidden();
      await page.locator(`#ref-${id} mark`).focus();
      await expect(details, quote).toBeVisible();
      await expect(details.getByRole('link').first()).toBeVisible();
    }
  });

  test('"over 100 Russian diplomats" is checked against US expulsions since 1992 only', async ({
    page,
    sql,
  }) => {
    await page.goto(`/articles/${slug}`);
    const russian = "kind = 'expulsion' AND actor_country = 'US' AND occurred_on >= '1992'";
    const [sum] = sql<{ people: number }>(
      `SELECT sum(people_affected) AS people FROM events WHERE ${russian}`,
    );
    const summed = sql<{ id: string }>(
      `SELECT id FROM events WHERE ${russian} ORDER BY occurred_on, id`,
    ).map((r) => `/events/${r.id}`);
    await page.getByText('expelled over 100 Russian diplomats').focus();
    const details = page.locator('#ref-repatriate-expelled-over-100-details');
    await expect(details).toContainText(
      `The data agrees: the article says over 100; the data gives ${sum!.people}`,
    );
    const links = details.getByRole('link');
    await expect(links).toHaveCount(summed.length);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(summed);
    // None of the Soviet-era expulsions (1986–1991) is summed.
    await expect(details).not.toContainText('1986');
    await expect(details).not.toContainText('1989');
  });

  test('"approximately 120" is checked as what it counts: all staff, not diplomats', async ({
    page,
  }) => {
    await page.goto(`/articles/${slug}`);
    await page.getByText('approximately 120', { exact: true }).focus();
    const details = page.locator('#ref-repatriate-us-staff-now-details');
    await expect(details).toContainText('checked as total staff incl. local hires');
    await expect(details).toContainText('Counted differently, so not used in the check:');
    await expect(details).toContainText('all staff');
  });

  test('an event link opens the event, and Back returns to the same paragraph', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(`/articles/${slug}`);
    const mark = page.getByText('the poisoning of a former Russian spy in the U.K.');
    await mark.scrollIntoViewIfNeeded();
    await mark.focus();
    await page
      .locator('#ref-repatriate-skripal-poisoning-details')
      .getByRole('link', { name: /US expulsion of 60/ })
      .click();
    await expect(page).toHaveURL(/\/events\/2018-03-26-us-expels-60$/);
    await expect(page.getByRole('heading', { name: 'In articles' })).toBeVisible();
    await expect(page.locator('main')).toContainText('Proposal to Repatriate Russian Diplomats');

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
    await expect(mark).toBeInViewport();
  });

  test('prints the text and a static chart, without controls', async ({ page }) => {
    await page.goto(`/articles/${slug}`);
    await showChart(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.article-body')).toBeVisible();
    await expect(page.locator('.recharts-surface')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download chart (SVG)' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.locator('.event-rail')).toBeHidden();
  });

  test('has no serious or critical accessibility violations, with a figure open', async ({
    page,
  }) => {
    await page.goto(`/articles/${slug}`);
    await showChart(page);
    await page.getByText('approximately 120', { exact: true }).focus();
    await expectNoSeriousViolations(page, 'article');
  });

  test('an unknown article gets the 404 page', async ({ page }) => {
    const response = await page.goto('/articles/no-such-article');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
