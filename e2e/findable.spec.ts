import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The structured data a page carries for search engines (JSON-LD). */
async function structuredData(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test.describe('found by search engines and feed readers', () => {
  test('the home page describes its dataset, with the counts the database holds', async ({
    page,
    sql,
  }) => {
    await page.goto('/');
    const [dataset] = await structuredData(page);
    expect(dataset).toMatchObject({ '@type': 'Dataset', isAccessibleForFree: true });
    const [counts] = sql<{ events: number; headcounts: number; sources: number }>(
      `SELECT (SELECT count(*) FROM events) AS events,
              (SELECT count(*) FROM headcounts) AS headcounts,
              (SELECT count(*) FROM sources) AS sources`,
    );
    expect(dataset!.description).toContain(
      `${counts!.headcounts} dated headcount observations, ${counts!.events} events`,
    );
    expect(dataset!.description).toContain(`${counts!.sources} sources`);
    const distributions = dataset!.distribution as { contentUrl: string }[];
    for (const { contentUrl } of distributions)
      expect((await page.request.get(contentUrl)).status(), contentUrl).toBe(200);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/$/);
  });

  test('the article says what it is and where it was published', async ({ page, sql }) => {
    await page.goto('/articles/repatriate-russian-diplomats');
    const [article] = sql<{ title: string; url: string | null; publisher: string }>(
      `SELECT a.title, a.url, s.publisher FROM articles a JOIN sources s ON s.id = a.source_id
       WHERE a.slug = 'repatriate-russian-diplomats'`,
    );
    const [news] = await structuredData(page);
    expect(news).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article!.title,
      datePublished: expect.stringMatching(/^\d{4}/),
      ...(article!.url ? { url: article!.url, mainEntityOfPage: article!.url } : {}),
      publisher: { '@type': 'Organization', name: article!.publisher },
    });
  });

  test('a view’s canonical address leaves out what the explorer could not read', async ({
    page,
  }) => {
    await page.goto('/events?kind=talks&year=2018&colour=red&actor=usa');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/events\?year=2018&kind=talks$/,
    );
  });

  test('each page’s preview image is a PNG of that page: its view’s chart, or the event', async ({
    page,
    request,
  }) => {
    const previewOf = async (path: string) => {
      await page.goto(path);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
        'content',
        'summary_large_image',
      );
      // Whole addresses need SITE_URL; the test server answers on its own port.
      const response = await request.get(new URL(image!).pathname);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toBe('image/png');
      return response.body();
    };
    const home = await previewOf('/');
    const diplomats = await previewOf('/staffing/diplomats/2016-2025/all');
    const event = await previewOf('/events/2018-03-26-us-expels-60');
    const article = await previewOf('/articles/repatriate-russian-diplomats');
    const events2018 = await previewOf('/events?year=2018');
    const expulsionsByRussia = await previewOf('/events?actor=RU&kind=expulsion');
    const images = [home, diplomats, event, article, events2018, expulsionsByRussia];
    expect(home.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(new Set(images.map((png) => png.toString('base64'))).size).toBe(images.length);
  });

  test('the sitemap lists every event page, and robots.txt points to it', async ({
    request,
    sql,
  }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser({ isArray: (name) => name === 'url' })
      .parse(xml)
      .urlset.url.map((entry: { loc: string }) => new URL(entry.loc).pathname);
    const ids = sql<{ id: string }>('SELECT id FROM events').map((row) => `/events/${row.id}`);
    expect(urls).toEqual(expect.arrayContaining(ids));
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Disallow: /admin');
    expect(robots).toMatch(/Sitemap: http:\/\/[^\s]+\/sitemap\.xml/);
  });
});
