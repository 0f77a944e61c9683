import { listEventYears } from '@/db/queries/events';
import { otherMethods } from '@/app/api/_lib/other-methods';

export function GET() {
  return Response.json({ years: listEventYears() });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
