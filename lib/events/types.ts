import type { events } from '@/db/schema';

export type SourceLink = { id: string; title: string; publisher: string; url: string | null };

/** An event as the database holds it. */
export type EventRecord = typeof events.$inferSelect;

/** The countries as shown for the event's date: "USSR" for RU before 1992. */
export type PartyLabels = { actorLabel: string; targetLabel: string };

export type EventListItem = EventRecord & PartyLabels & { sources: SourceLink[] };

export type EventTotals = {
  events: number;
  facilitiesClosed: number;
  /** Per acting country and era (Soviet and Russian diplomats apart), with its label. */
  expelledBy: { actor: string; era: number; label: string; expelled: number }[];
};

/** A page as /api/events sends it; the first page also carries the totals of the filter. */
export type EventsPage = {
  events: EventListItem[];
  nextCursor: string | null;
  totals?: EventTotals;
};

export type EventYear = { year: number; actor: string; events: number; expelled: number };

/** What the totals sum per acting country and era, before the era is named. */
export type ActorSums = {
  actor: string;
  era: number;
  /** The first year summed: names the era where no country was renamed. */
  year: number;
  events: number;
  expelled: number;
  facilitiesClosed: number;
};
