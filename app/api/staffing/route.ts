import { getStaffingData } from '@/db/queries/staffing';
import { invalidParameters } from '@/lib/api/errors';
import { staffingCsv } from '@/lib/staffing/csv';
import { viewPath } from '@/lib/staffing/view';
import { parseStaffingRequest } from './schema';

export function GET(request: Request) {
  const parsed = parseStaffingRequest(new URL(request.url).searchParams);
  if (!parsed.success) return invalidParameters(parsed.error);
  const { format, ...view } = parsed.data;
  const data = getStaffingData(view);
  if (format === 'json') return Response.json(data);
  const name = `staffing${viewPath(view).replaceAll('/', '-').replace(/-$/, '')}.csv`;
  return new Response(staffingCsv(data), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    },
  });
}
