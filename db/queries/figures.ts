import 'server-only';
import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '../client';
import { facilities, headcounts, sources } from '../schema';

/** One staff figure with its source and, if it counts one post, that post: null if unknown. */
export const getFigure = cache((id: string) => {
  const row = getDb()
    .select({
      figure: headcounts,
      source: sources,
      post: { id: facilities.id, name: facilities.name },
    })
    .from(headcounts)
    .innerJoin(sources, eq(sources.id, headcounts.sourceId))
    .leftJoin(facilities, eq(facilities.id, headcounts.facilityId))
    .where(eq(headcounts.id, id))
    .get();
  return row ? { ...row.figure, source: row.source, post: row.post } : null;
});
