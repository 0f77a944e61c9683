import { siteFeed, type SiteFeedHead } from '../site-feed';
import { escapeMarkup } from '../escape-markup';
import { eventKindLabels, formatDate, formatNumber } from '../format';
import type { EventListItem } from './types';

export type EventsFeed = SiteFeedHead & {
  /** Newest first, each with when it was last edited, if it ever was. */
  events: (EventListItem & { editedAt?: string })[];
};

/** "USSR → US · Expulsion · 25 people", as the events list writes it. */
function factsOf(event: EventListItem): string {
  const parties = event.isJoint
    ? `${event.actorLabel} and ${event.targetLabel}`
    : `${event.actorLabel} → ${event.targetLabel}`;
  const people =
    event.peopleAffected === null ? [] : [`${formatNumber(event.peopleAffected)} people`];
  return [
    formatDate(event.occurredOn, event.datePrecision),
    parties,
    eventKindLabels[event.kind],
    ...people,
  ].join(' · ');
}

function contentOf(event: EventListItem): string {
  const sources = event.sources.map((s) =>
    s.url
      ? `<a href="${escapeMarkup(s.url)}">${escapeMarkup(s.publisher)}</a>`
      : escapeMarkup(s.publisher),
  );
  return [
    `<p>${escapeMarkup(factsOf(event))}</p>`,
    `<p>${escapeMarkup(event.summary)}</p>`,
    event.facilities ? `<p>Facilities: ${escapeMarkup(event.facilities)}</p>` : '',
    `<p>Sources: ${sources.join('; ')}</p>`,
  ].join('');
}

/** An Atom feed of events: each entry links its event page and its sources. */
export function eventsAtom(input: EventsFeed): string {
  const feed = siteFeed(input);
  for (const event of input.events) {
    const page = `${input.origin}/events/${encodeURIComponent(event.id)}`;
    const occurred = new Date(`${event.occurredOn}T00:00:00Z`);
    feed.addItem({
      id: page,
      link: page,
      // The feed marks titles and summaries as HTML: their text is escaped like the content's.
      title: escapeMarkup(event.summary),
      description: escapeMarkup(factsOf(event)),
      content: contentOf(event),
      published: occurred,
      date: event.editedAt ? new Date(event.editedAt) : occurred,
    });
  }
  return feed.atom1();
}
