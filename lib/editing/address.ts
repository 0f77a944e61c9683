import type { RecordEntity } from '../corrections/record';

/** The record the desk opens for editing, named as the Edit links name it. */
export const editParams: Record<RecordEntity, string> = {
  headcounts: 'edit',
  events: 'event',
  facilities: 'facility',
  sources: 'source',
};

/** The desk's address editing one record, coming back to `returnTo` after a save. */
export function editHref(
  entity: RecordEntity,
  id: string,
  { returnTo, correction }: { returnTo?: string; correction?: string } = {},
): string {
  const query = new URLSearchParams({ [editParams[entity]]: id });
  if (correction) query.set('correction', correction);
  if (returnTo) query.set('return', returnTo);
  return `/admin?${query}`;
}
