import { recordEntities, type RecordEntity } from '@/lib/corrections/record';
import type { DeskQuery } from '@/db/queries/desk';

import { singleParam, type PageParams } from '@/lib/page-params';

const one = (params: PageParams, key: string) => singleParam(params, key)?.trim() ?? '';
const isDay = (value: string) => /^\d{4}(-\d{2}){0,2}$/.test(value);

/** The desk's search, from /admin?find=…&entity=…&country=…&from=…&to=…, or null if none asked. */
export function readDeskQuery(params: PageParams): DeskQuery | null {
  if (!('find' in params)) return null;
  const entity = one(params, 'entity');
  const country = one(params, 'country');
  const [from, to] = [one(params, 'from'), one(params, 'to')];
  return {
    text: one(params, 'find').slice(0, 200),
    entity: (recordEntities as readonly string[]).includes(entity)
      ? (entity as RecordEntity)
      : null,
    country: /^[A-Z]{2}$/.test(country) ? country : null,
    from: isDay(from) ? from : null,
    // A year or month "to" takes in the whole of it.
    to: isDay(to) ? `${to}\uffff` : null,
  };
}

/**
 * Where a save sends the editor back to: a path on this site (`/events/…`), never another
 * site (`//evil.example`, `https://…`), or null to stay on the desk.
 */
export function readReturnPath(params: PageParams): string | null {
  const path = one(params, 'return');
  return /^\/(?![/\\])/.test(path) ? path : null;
}
