import { getDb } from '@/db/client';
import { datasetArchive } from '@/db/dataset-archive';
import { currentRevision, lastChangedAt } from '@/db/revision';
import { cachedBody } from '@/app/api/_lib/cached-body';
import { otherMethods } from '@/app/api/_lib/other-methods';

/** The whole dataset as one citable ZIP (a Frictionless Data Package), built once per revision. */
export function GET() {
  const version = { revision: currentRevision(), changedAt: lastChangedAt() };
  const name = `us-russia-diplomatic-staffing-r${version.revision}.zip`;
  const headers = {
    'content-type': 'application/zip',
    'content-disposition': `attachment; filename="${name}"`,
  };
  return cachedBody('dataset archive', headers, () => datasetArchive(getDb(), version));
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
