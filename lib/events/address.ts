import { eventKinds, type EventKind } from '../dataset/vocabulary';
import { eventFilterNames } from './filter-names.js';

// The events explorer's address, `/events?year=2018&actor=US&kind=expulsion,talks&q=Seattle`:
// the one module that reads and writes it. Browser-safe and free of zod: the server reads
// the same parameters with messages for the reader in address-schema.ts.

export { eventFilterNames };
export type EventFilterName = (typeof eventFilterNames)[number];

/** What the events explorer shows: every field optional, empty meaning "all". */
export type EventFilters = {
  year: number | null;
  from: number | null;
  to: number | null;
  actor: string | null;
  kinds: EventKind[];
  /** A facility's id: the events that opened, suspended, closed or touched it. */
  post: string | null;
  q: string | null;
};

export const noFilters: EventFilters = {
  year: null,
  from: null,
  to: null,
  actor: null,
  kinds: [],
  post: null,
  q: null,
};

/** What each parameter accepts; address-schema.ts checks the same with messages. */
export const yearPattern = /^\d{4}$/;
export const countryCodePattern = /^[A-Z]{2}$/;
export const maxSearchLength = 200;
export const postPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The years a filter covers: a year is the range from that year to that year. */
export function yearSpan(filters: EventFilters): { from: number | null; to: number | null } {
  return { from: filters.year ?? filters.from, to: filters.year ?? filters.to };
}

type Years = { year?: number | null; from?: number | null; to?: number | null };
const given = (year: number | null | undefined): year is number => year != null;

/** What is wrong with the years of an address: a year excludes a range, and from ≤ to. */
export function yearProblems(f: Years): { parameter: 'year' | 'from'; message: string }[] {
  const problems: { parameter: 'year' | 'from'; message: string }[] = [];
  if (given(f.year) && (given(f.from) || given(f.to))) {
    problems.push({ parameter: 'year', message: 'expected either year or from/to, not both' });
  }
  if (given(f.from) && given(f.to) && f.from > f.to) {
    problems.push({ parameter: 'from', message: 'expected from to be no later than to' });
  }
  return problems;
}

/** A year replaces any from–to range: an address holds one or the other. */
export function withYear(filters: EventFilters, year: number | null): EventFilters {
  return { ...filters, year, from: null, to: null };
}

/** A from–to range replaces the year. */
export function withRange(
  filters: EventFilters,
  range: Partial<Pick<EventFilters, 'from' | 'to'>>,
): EventFilters {
  return { ...filters, ...range, year: null };
}

/** The parameters an address gives, as text: known names only, a repeated key joined by commas. */
export function readEventsAddress(
  search: string | URLSearchParams,
): Partial<Record<EventFilterName, string>> {
  const params = new URLSearchParams(search);
  const raw: Partial<Record<EventFilterName, string>> = {};
  for (const name of eventFilterNames) {
    if (params.has(name)) raw[name] = params.getAll(name).join(',');
  }
  return raw;
}

/** The items of a kind list: `talks, ,expulsion` is talks and expulsion. */
export function kindItems(text: string): string[] {
  return text
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
}

/** Kinds in one order without repeats, so that one view has one address. */
export function sortedKinds(kinds: readonly EventKind[]): EventKind[] {
  return [...new Set(kinds)].sort();
}

/**
 * Filters from an address, leaving out what cannot be read. The browser reads only the
 * addresses the explorer wrote itself; the server reports what it leaves out.
 */
export function parseEventsAddress(search: string | URLSearchParams): EventFilters {
  const raw = readEventsAddress(search);
  const year = (text?: string) => (text && yearPattern.test(text) ? Number(text) : null);
  const kinds = kindItems(raw.kind ?? '');
  const q = raw.q?.trim() ?? '';
  const filters: EventFilters = {
    year: year(raw.year),
    from: year(raw.from),
    to: year(raw.to),
    actor: raw.actor && countryCodePattern.test(raw.actor) ? raw.actor : null,
    kinds: kinds.every((k) => eventKinds.includes(k as EventKind))
      ? sortedKinds(kinds as EventKind[])
      : [],
    post: raw.post && postPattern.test(raw.post) ? raw.post : null,
    q: q && q.length <= maxSearchLength ? q : null,
  };
  return yearProblems(filters).length ? { ...filters, year: null, from: null, to: null } : filters;
}

/** The query string of a view (no `?`), in one stable order, leaving out empty filters. */
export function eventsSearch(filters: EventFilters): string {
  const params = new URLSearchParams();
  if (filters.year !== null) params.set('year', String(filters.year));
  if (filters.from !== null) params.set('from', String(filters.from));
  if (filters.to !== null) params.set('to', String(filters.to));
  if (filters.actor) params.set('actor', filters.actor);
  if (filters.kinds.length) params.set('kind', filters.kinds.join(','));
  if (filters.post) params.set('post', filters.post);
  if (filters.q) params.set('q', filters.q);
  return params.toString();
}

/** The address of a view: `/events?…`, or `/events` for every event. */
export function eventsHref(filters: EventFilters): string {
  const search = eventsSearch(filters);
  return search ? `/events?${search}` : '/events';
}

/** The Atom feed of a view: `/feed.xml` for every event. */
export function eventsFeedHref(filters: EventFilters): string {
  const search = eventsSearch(filters);
  return search ? `/events/feed.xml?${search}` : '/feed.xml';
}

/** The parameters of an address that make its view, in their one order. */
function viewQuery(search: string | URLSearchParams): string {
  return new URLSearchParams(readEventsAddress(search)).toString();
}

/** Whether two addresses show the same view, whatever else they carry. */
export function sameView(a: string, b: string): boolean {
  return viewQuery(a) === viewQuery(b);
}

/**
 * `/events?…` is served by `/events/view/<segment>`, a page rendered once per view and kept
 * in the page cache (the rewrites: proxy.ts, next.config.js). The segment is the view's
 * parameters, `?` first, in base64url: unambiguous whatever they hold. The rewrite in
 * next.config.js cannot encode, so it writes a year alone as `year~2018`: `~` is not in
 * base64url, so the two forms never meet, and no one percent-encodes it.
 */
export function eventsViewPath(search: string | URLSearchParams): string {
  return `/events/view/${toBase64url(`?${viewQuery(search)}`)}`;
}

/** The query string a segment stands for; a segment not made by a rewrite is no filters. */
export function searchOfView(segment: string): string {
  // Next.js passes a page's params percent-encoded or not depending on the route
  // (vercel/next.js#64952); base64url holds no `%`, so decoding first reads either.
  const year = /^year~(\d{4})$/.exec(decodedOrAsIs(segment))?.[1];
  if (year) return `?year=${year}`;
  const search = fromBase64url(segment);
  return search?.startsWith('?') ? search : '?';
}

function decodedOrAsIs(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function toBase64url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64url(segment: string): string | null {
  try {
    const binary = atob(segment.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
