import 'server-only';
import type { ParsedCsv } from '@/lib/dataset/parse-csv';
import { csvTables, type CsvTable } from '@/lib/dataset/tables';

/**
 * An event written through the API carries its rows of the link files as lists:
 * `source_ids` (event-sources.csv) and `facility_links` (event-facilities.csv). Each item is
 * checked as a line of its file would be; the import then checks that the ids exist.
 */
export type FieldIssue = { field: string; message: string };
type Parsed = { csv: ParsedCsv; issues: [] } | { csv: null; issues: FieldIssue[] };

const linkTables = { source_ids: 'eventSources', facility_links: 'eventFacilities' } as const;
type LinkField = keyof typeof linkTables;

function linkRows(field: LinkField, cellsList: Record<string, string>[]): Parsed {
  const spec = csvTables[linkTables[field]] as CsvTable<unknown>;
  const rows = [];
  for (const cells of cellsList) {
    const parsed = spec.row.safeParse(cells);
    if (!parsed.success) {
      return { csv: null, issues: [{ field, message: parsed.error.issues[0]!.message }] };
    }
    rows.push({ line: 1, cells, value: parsed.data });
  }
  return { csv: { file: 'request body', table: spec.table, spec, rows }, issues: [] };
}

/** `source_ids`: a non-empty list of source ids, required when an event is created. */
export function parseSourceIds(eventId: string, value: unknown): Parsed {
  if (!Array.isArray(value) || value.length === 0 || value.some((id) => typeof id !== 'string')) {
    const message = 'expected a list of one or more source ids';
    return { csv: null, issues: [{ field: 'source_ids', message }] };
  }
  const ids = [...new Set(value as string[])];
  return linkRows(
    'source_ids',
    ids.map((sourceId) => ({ event_id: eventId, source_id: sourceId })),
  );
}

const isLink = (item: unknown): item is { facility_id: string; role: string } =>
  typeof item === 'object' &&
  item !== null &&
  typeof (item as Record<string, unknown>).facility_id === 'string' &&
  typeof (item as Record<string, unknown>).role === 'string';

/** `facility_links`: a list of `{ facility_id, role }`, one per facility; [] removes them all. */
export function parseFacilityLinks(eventId: string, value: unknown): Parsed {
  const message = 'expected a list of { facility_id, role }, one per facility';
  if (!Array.isArray(value) || !value.every(isLink)) {
    return { csv: null, issues: [{ field: 'facility_links', message }] };
  }
  if (new Set(value.map((link) => link.facility_id)).size !== value.length) {
    return { csv: null, issues: [{ field: 'facility_links', message }] };
  }
  return linkRows(
    'facility_links',
    value.map((link) => ({ event_id: eventId, facility_id: link.facility_id, role: link.role })),
  );
}

/** The body field a problem with a link file's column belongs to. */
export function linkFieldOf(column: string | undefined): string | undefined {
  if (column === 'source_id') return 'source_ids';
  if (column === 'facility_id' || column === 'role') return 'facility_links';
  return undefined;
}
