/**
 * `/events?year=2018` is served by `/events/view/<segment>` (proxy.ts rewrites it), a page
 * rendered once per query string and cached like the staffing views. The segment is the
 * query string as it came, `?` included, in base64url: unambiguous whatever it holds.
 */
export function eventsViewPath(search: string): string {
  return `/events/view/${Buffer.from(`?${search.replace(/^\?/, '')}`).toString('base64url')}`;
}

/** The query string a segment stands for; anything not made by eventsViewPath is none. */
export function searchOfSegment(segment: string): string {
  const search = Buffer.from(segment, 'base64url').toString('utf8');
  return search.startsWith('?') ? search : '?';
}
