import { escapeMarkup } from '../escape-markup';
import { recordNouns } from '../corrections/record';
import { siteFeed, type SiteFeedHead } from '../site-feed';
import { changeActionLabels, type Change } from './diff';

/**
 * An Atom feed of changes to the data, newest first: each entry the record, the editor and
 * each column before → after. The feed marks titles and content as HTML, so every value an
 * editor or reader wrote is escaped.
 */
export function changesAtom(head: SiteFeedHead, changes: Change[]): string {
  const feed = siteFeed(head);
  for (const change of changes) {
    const rows = change.fields.map(
      (f) =>
        `<li>${escapeMarkup(f.field)}: ${escapeMarkup(f.before ?? '—')} → ${escapeMarkup(f.after ?? '—')}</li>`,
    );
    const answered = change.correction
      ? `<p>Answering correction ${escapeMarkup(change.correction)}</p>`
      : '';
    feed.addItem({
      id: `${head.origin}/changes/${change.id}`,
      link: `${head.origin}${head.pagePath}#change-${change.id}`,
      title: escapeMarkup(
        `${changeActionLabels[change.action]} ${recordNouns[change.record.entity]} ${change.record.id}`,
      ),
      description: escapeMarkup(`by ${change.editor}`),
      content: `<ul>${rows.join('')}</ul>${answered}`,
      date: new Date(change.at),
      author: [{ name: change.editor }],
    });
  }
  return feed.atom1();
}
