import { listEventYears } from '@/db/queries/events';
import { otherMethods } from '@/lib/api/other-methods';

export function GET() {
  return Response.json({ years: listEventYears() });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
