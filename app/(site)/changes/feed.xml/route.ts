import { Feed } from 'feed';
import { listChanges } from '@/db/queries/changes';
import { lastChangedAt } from '@/db/revision';
import { cachedBody } from '@/app/api/_lib/cached-body';
import { otherMethods } from '@/app/api/_lib/other-methods';
import { escapeMarkup } from '@/lib/escape-markup';
import { recordNouns } from '@/lib/corrections/record';

const feedLength = 50;

/** `/changes/feed.xml`: the newest data changes as Atom, built once per data revision. */
export function GET(request: Request) {
  const { origin } = new URL(request.url);
  return cachedBody(
    `changes ${origin}`,
    { 'content-type': 'application/atom+xml; charset=utf-8' },
    () => {
      const feed = new Feed({
        id: `${origin}/changes/feed.xml`,
        title: 'Changes to the data · Diplomatic Staffing Tracker',
        link: `${origin}/changes`,
        updated: lastChangedAt() ?? new Date(0),
        feedLinks: { atom: `${origin}/changes/feed.xml` },
        copyright: 'Figures and events as their cited sources report them',
        generator: 'Diplomatic Staffing Tracker',
      });
      for (const change of listChanges({ limit: feedLength })) {
        const link = `${origin}/changes#change-${change.id}`;
        const what = `${recordNouns[change.record.entity]} ${change.record.id}`;
        const rows = change.fields.map(
          (f) =>
            `<li>${escapeMarkup(f.field)}: ${escapeMarkup(f.before ?? '—')} → ${escapeMarkup(f.after ?? '—')}</li>`,
        );
        feed.addItem({
          id: `${origin}/changes/${change.id}`,
          link,
          // The feed marks titles as HTML: the text is escaped like the content's.
          title: escapeMarkup(
            `${change.action === 'create' ? 'Added' : change.action === 'update' ? 'Changed' : 'Deleted'} ${what}`,
          ),
          description: escapeMarkup(`by ${change.editor}`),
          content: `<ul>${rows.join('')}</ul>${change.correction ? `<p>Answering correction ${escapeMarkup(change.correction)}</p>` : ''}`,
          date: new Date(change.at),
          author: [{ name: change.editor }],
        });
      }
      return feed.atom1();
    },
  );
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
