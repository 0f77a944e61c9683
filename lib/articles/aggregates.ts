/**
 * Named figures computed from the data, which an article's claim can be checked against.
 * `expelled_by:US`: diplomats the US expelled, summed over its expulsion events.
 */
export type Aggregate = { kind: 'expelled_by'; country: string };

export function parseAggregate(name: string): Aggregate | null {
  const match = /^expelled_by:([A-Z]{2})$/.exec(name);
  return match ? { kind: 'expelled_by', country: match[1]! } : null;
}

export function describeAggregate(aggregate: Aggregate): string {
  return `Diplomats expelled by ${aggregate.country}, summed over its expulsion events in the data`;
}
