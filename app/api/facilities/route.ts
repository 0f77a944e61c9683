import { countFacilitiesOn, listFacilitiesOn } from '@/db/queries/facilities';
import { invalidParameters } from '@/app/api/_lib/errors';
import { cachedBody, cachedJson } from '@/app/api/_lib/cached-body';
import { handleEditorWrite } from '@/app/api/_lib/handle-editor-write';
import { otherMethods } from '@/app/api/_lib/other-methods';
import { today } from '@/lib/dataset/dates';
import { facilitiesCsv } from '@/lib/missions/csv';
import { parseFacilitiesRequest } from './request';

/** Every facility with its state on the day, and each side's counts (as the map shows them). */
export function GET(request: Request) {
  const parsed = parseFacilitiesRequest(new URL(request.url).searchParams);
  if (!parsed.success) return invalidParameters(parsed.error);
  const day = parsed.data.on ?? today();
  if (parsed.data.format === 'json') {
    return cachedJson(`facilities ${day}`, () => ({
      on: day,
      counts: countFacilitiesOn(day),
      facilities: listFacilitiesOn(day),
    }));
  }
  return cachedBody(
    `facilities ${day}`,
    {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="facilities-${day}.csv"`,
    },
    () => facilitiesCsv(day, listFacilitiesOn(day)),
  );
}

export function POST(request: Request) {
  return handleEditorWrite(request, { entity: 'facilities', action: 'create' });
}

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
