import type { MetadataRoute } from 'next';
import { siteOrigin } from './_lib/site-origin';

/** Everything a reader sees may be indexed; the editors' desk and the API may not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/corrections/'] },
    sitemap: `${await siteOrigin()}/sitemap.xml`,
  };
}
