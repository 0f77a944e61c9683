/**
 * The records readers may suggest corrections to and editors may change, named in an
 * address as `<entity>:<id>` (events:2018-03-26-us-expels-60).
 */
export const recordEntities = ['events', 'headcounts', 'sources', 'facilities'] as const;
export type RecordEntity = (typeof recordEntities)[number];
export type RecordRef = { entity: RecordEntity; id: string };

/** What readers call each kind of record. */
export const recordNouns: Record<RecordEntity, string> = {
  events: 'event',
  headcounts: 'figure',
  sources: 'source',
  facilities: 'post',
};

/** The most a reader may type in each field of a correction (the form says so too). */
export const correctionFieldLimits = {
  problem: 2000,
  correct_value: 500,
  source_url: 500,
  contact: 200,
} as const;

/** Corrections one address may send in an hour: a reader sends a few, a flood is refused. */
export const correctionsPerHour = 10;

/** The form's field a bot fills and a reader never sees (the form hides it). */
export const honeypotField = 'website';

const pattern = /^(events|headcounts|sources|facilities):([a-z0-9][a-z0-9-]{0,199})$/;

/** A record from its `<entity>:<id>` name, or null. */
export function correctionRecord(value: string): RecordRef | null {
  const match = pattern.exec(value);
  return match ? { entity: match[1] as RecordEntity, id: match[2]! } : null;
}

export const recordName = ({ entity, id }: RecordRef) => `${entity}:${id}`;

/** A figure's own page: its facts, source, history and correction link. */
export const figureHref = (id: string) => `/figures/${encodeURIComponent(id)}`;

/** The public page a record is read on, where it has one of its own. */
export function recordPage({ entity, id }: RecordRef): string | null {
  const path = encodeURIComponent(id);
  if (entity === 'events') return `/events/${path}`;
  if (entity === 'facilities') return `/missions/${path}`;
  if (entity === 'headcounts') return figureHref(id);
  return null;
}

/** The form a reader suggests a correction to a record with. */
export const correctionFormPath = (record: RecordRef) =>
  `/corrections/new?record=${encodeURIComponent(recordName(record))}`;
