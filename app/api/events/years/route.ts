import { listEventYears } from '@/db/queries/events';

export function GET() {
  return Response.json({ years: listEventYears() });
}
