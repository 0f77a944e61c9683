import type { EventKind } from '../dataset/vocabulary';

// Filters and their addresses, without the validation (filters.ts), so that client code
// that only builds links (the staffing chart's event marks) does not bundle zod.

/** What the events explorer shows: every field optional, empty meaning "all". */
export type EventFilters = {
  year: number | null;
  from: number | null;
  to: number | null;
  actor: string | null;
  kinds: EventKind[];
  q: string | null;
};

export const noFilters: EventFilters = {
  year: null,
  from: null,
  to: null,
  actor: null,
  kinds: [],
  q: null,
};

/** Query-string form, in a stable order, so one view has one address and one cache key. */
export function filtersToSearchParams(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.year !== null) params.set('year', String(filters.year));
  if (filters.from !== null) params.set('from', String(filters.from));
  if (filters.to !== null) params.set('to', String(filters.to));
  if (filters.actor) params.set('actor', filters.actor);
  if (filters.kinds.length) params.set('kind', filters.kinds.join(','));
  if (filters.q) params.set('q', filters.q);
  return params;
}
