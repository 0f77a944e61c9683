import { listChanges } from '@/db/queries/changes';
import { lastChangedAt } from '@/db/revision';
import { cachedBody } from '@/app/api/_lib/cached-body';
import { otherMethods } from '@/app/api/_lib/other-methods';
import { changesPageSize } from '@/lib/changes/address';
import { changesAtom } from '@/lib/changes/feed';

/** `/changes/feed.xml`: the newest data changes as Atom, built once per data revision. */
export function GET(request: Request) {
  const { origin } = new URL(request.url);
  const type = { 'content-type': 'application/atom+xml; charset=utf-8' };
  return cachedBody(`changes ${origin}`, type, () =>
    changesAtom(
      {
        origin,
        feedPath: '/changes/feed.xml',
        pagePath: '/changes',
        title: 'Changes to the data · Diplomatic Staffing Tracker',
        updated: lastChangedAt() ?? new Date(0),
      },
      listChanges({ limit: changesPageSize }),
    ),
  );
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
