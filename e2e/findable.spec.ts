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
