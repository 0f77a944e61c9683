import type { MetadataRoute } from 'next';
import { listArticles } from '@/db/queries/articles';
import { listEventIds, listEventYears } from '@/db/queries/events';
import { listFacilityOptions } from '@/db/queries/facilities';
import { defaultMissionsView, facilityHref, missionsHref } from '@/lib/missions/address';
import { lastChangedAt } from '@/db/revision';
import { eventsHref, noFilters, withYear } from '@/lib/events/address';
import { chartScopes, defaultView, viewPath } from '@/lib/staffing/address';
import { siteOrigin } from './_lib/site-origin';

/** A sitemap file holds at most 50,000 addresses (sitemaps.org). */
const maxAddresses = 50_000;

/** Every page a reader can land on: the views, each year of events, each post, event and article. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin();
  const lastModified = lastChangedAt() ?? undefined;
  const years = [...new Set(listEventYears().map((y) => y.year))];
  const paths = [
    viewPath(defaultView),
    ...chartScopes.map((scope) => viewPath({ ...defaultView, scope })),
    eventsHref(noFilters),
    ...years.map((year) => eventsHref(withYear(noFilters, year))),
    missionsHref(defaultMissionsView),
    '/reciprocity',
    ...listFacilityOptions().map((post) => facilityHref(post.id)),
    '/articles',
    ...listArticles().map((article) => `/articles/${encodeURIComponent(article.slug)}`),
  ];
  const eventPages = listEventIds(maxAddresses - paths.length).map(
    (id) => `/events/${encodeURIComponent(id)}`,
  );
  return [...paths, ...eventPages].map((path) => ({ url: `${origin}${path}`, lastModified }));
}
