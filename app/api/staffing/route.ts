import { getStaffingData } from '@/db/queries/staffing';
import { invalidParameters } from '@/app/api/_lib/errors';
import { staffingCsv } from '@/lib/staffing/csv';
import { viewPath } from '@/lib/staffing/address';
import { cachedJson } from '@/app/api/_lib/cached-body';
import { parseStaffingRequest } from './request';
import { otherMethods } from '@/app/api/_lib/other-methods';

export function GET(request: Request) {
  const parsed = parseStaffingRequest(new URL(request.url).searchParams);
  if (!parsed.success) return invalidParameters(parsed.error);
  const { format, ...view } = parsed.data;
  if (format === 'json')
    return cachedJson(`staffing ${viewPath(view)}`, () => getStaffingData(view));
  // A download holds every figure, even where the chart summarises them by month.
  const data = getStaffingData(view, { everyFigure: true });
  const name = `staffing${viewPath(view).replaceAll('/', '-').replace(/-$/, '')}.csv`;
  return new Response(staffingCsv(data), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    },
  });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
