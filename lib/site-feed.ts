import { Feed } from 'feed';

export type SiteFeedHead = {
  /** The site's origin, `https://…`: feed readers need whole addresses. */
  origin: string;
  /** The feed's own address and the page it follows (`/feed.xml`, `/events`). */
  feedPath: string;
  pagePath: string;
  title: string;
  /** When the data last changed. */
  updated: Date;
};

/** An Atom feed of this site, ready for its entries: the events', the changes'. */
export function siteFeed({ origin, feedPath, pagePath, title, updated }: SiteFeedHead): Feed {
  return new Feed({
    id: `${origin}${feedPath}`,
    title,
    link: `${origin}${pagePath}`,
    updated,
    feedLinks: { atom: `${origin}${feedPath}` },
    copyright: 'Figures and events as their cited sources report them',
    generator: 'Diplomatic Staffing Tracker',
  });
}
