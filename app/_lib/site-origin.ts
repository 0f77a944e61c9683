import { headers } from 'next/headers';
import { siteUrl } from '@/lib/site-url';

/** The origin links to this site are written with: SITE_URL, or the request's own host. */
export async function siteOrigin(): Promise<string> {
  const configured = siteUrl();
  if (configured) return configured.origin;
  const request = await headers();
  const host = request.get('x-forwarded-host') ?? request.get('host') ?? 'localhost';
  const protocol = request.get('x-forwarded-proto') ?? 'http';
  return `${protocol}://${host}`;
}
