import 'server-only';
import { revisionCache } from '@/db/revision';

// About 200 bodies of up to a few hundred KB (a million-event range, summarised).
const bodies = revisionCache<string>(200);

/**
 * A JSON response for a read that depends only on `key` and the data: computed and
 * serialised once, then served from memory until the next write (db/revision.ts).
 */
export function cachedJson(key: string, compute: () => unknown): Response {
  return new Response(
    bodies(key, () => JSON.stringify(compute())),
    { headers: { 'content-type': 'application/json' } },
  );
}
