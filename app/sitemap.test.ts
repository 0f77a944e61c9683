import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '@/db/testing';
import robots from './robots';
import sitemap from './sitemap';

const app = seededAppDatabaseForFile();
const origin = 'https://tracker.test';

beforeAll(() => {
  process.env.SITE_URL = `${origin}/`;
});
afterAll(() => {
  delete process.env.SITE_URL;
});

const sql = <T>(query: string) => app.db.$client.prepare(query).pluck().all() as T[];

describe('the sitemap', () => {
  it('lists the views, each year of events, every event and article, at the site’s address', async () => {
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.every((url) => url.startsWith(`${origin}/`))).toBe(true);
    expect(urls).toContain(`${origin}/`);
    expect(urls).toContain(`${origin}/staffing/diplomats/all/all`);
    for (const year of sql<number>('SELECT DISTINCT substr(occurred_on, 1, 4) FROM events'))
      expect(urls).toContain(`${origin}/events?year=${year}`);
    for (const slug of sql<string>('SELECT slug FROM articles'))
      expect(urls).toContain(`${origin}/articles/${slug}`);
    const eventPages = urls.filter((url) => url.startsWith(`${origin}/events/`));
    expect(eventPages).toHaveLength(sql<number>('SELECT count(*) FROM events')[0]!);
  });

  it('dates every address by the last change of the data', async () => {
    const [changedAt] = sql<string>('SELECT changed_at FROM dataset_revision');
    const dates = new Set((await sitemap()).map((entry) => entry.lastModified?.valueOf()));
    expect([...dates]).toEqual([new Date(changedAt!).valueOf()]);
  });
});

describe('robots.txt', () => {
  it('keeps crawlers out of the editors’ desk and the API, and points to the sitemap', async () => {
    expect(await robots()).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/corrections/'] },
      sitemap: `${origin}/sitemap.xml`,
    });
  });
});
