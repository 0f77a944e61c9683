/**
 * Named figures computed from the data, which an article's claim can be checked against.
 * `expelled_by:US`: diplomats the US expelled, summed over its expulsion events;
 * `expelled_by:US:since=1992`: the same from 1992 on (a claim about Russian diplomats does
 * not count the Soviet diplomats expelled before).
 */
export type Aggregate = { kind: 'expelled_by'; country: string; since: number | null };

export function parseAggregate(name: string): Aggregate | null {
  const match = /^expelled_by:([A-Z]{2})(?::since=(\d{4}))?$/.exec(name);
  if (!match) return null;
  return { kind: 'expelled_by', country: match[1]!, since: match[2] ? Number(match[2]) : null };
}

export function describeAggregate(aggregate: Aggregate): string {
  const since = aggregate.since === null ? '' : ` from ${aggregate.since}`;
  return `Diplomats expelled by ${aggregate.country}${since}, summed over its expulsion events in the data`;
}
