import { expect, test } from '@playwright/test';

// What any cache in front of the app is told (server/cache-rules.cjs, README "Deploying"):
// every public address answers with a validator and the bounded shared lifetime, and a
// request that already has the answer gets 304; nothing personal may be kept.
const shared = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60';
const publicAddresses = [
  '/',
  '/staffing/diplomats/2016-/all',
  '/events?year=2018',
  '/events?q=consulate',
  '/events/2018-03-26-us-expels-60',
  '/events/feed.xml',
  '/articles',
  '/articles/repatriate-russian-diplomats',
  '/missions?on=2016-12-01',
  '/missions/us-consulate-leningrad',
  '/reciprocity',
  '/embed/events-per-year',
  '/embed/staffing/all_scopes/all/all',
  '/preview/events/2018-03-26-us-expels-60.png',
  '/api/events?year=2018',
  '/api/events/2018-03-26-us-expels-60',
  '/api/events/years',
  '/api/staffing',
  '/api/staffing?format=csv',
  '/api/facilities?format=csv',
  '/api/reciprocity',
  '/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/downloads/dataset.zip',
];

test('every public address has an ETag and the bounded shared lifetime, and answers 304 to its ETag', async ({
  request,
}) => {
  for (const path of publicAddresses) {
    const head = await request.head(path);
    expect(head.status(), path).toBe(200);
    const etag = head.headers()['etag'];
    expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
    expect(head.headers()['cache-control'], path).toBe(shared);
    const again = await request.get(path, { headers: { 'if-none-match': etag! } });
    expect(again.status(), path).toBe(304);
    expect((await again.body()).length, path).toBe(0);
  }
});

test('the editor’s desk, sessions and the audit log are never kept by anyone', async ({
  request,
}) => {
  for (const path of ['/admin', '/api/session', '/api/audit']) {
    const response = await request.get(path);
    expect(response.headers()['cache-control'], path).toBe('private, no-store');
    expect(response.headers()['etag'], path).toBeUndefined();
  }
});
