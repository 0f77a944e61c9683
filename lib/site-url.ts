/**
 * The site's public address, when the deployment gives one (`SITE_URL=https://…`): links
 * meant for other sites (canonical links, sitemaps, structured data) are written whole with
 * it. Without it they are written from the request, or left relative where that is valid.
 */
export function siteUrl(): URL | null {
  const value = process.env.SITE_URL;
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    throw new Error(`SITE_URL is not an address: "${value}"`);
  }
}

/** A path on this site, whole when the site's address is known. */
export function onSite(path: string): string {
  const base = siteUrl();
  return base ? new URL(path, base).href : path;
}
