// Server only: Buffer would add a polyfill to a browser bundle.
export const defaultPageSize = 50;
export const maxPageSize = 200;

/**
 * An opaque position in the chronological list: the date and id of the last event shown.
 * Pages continue after it (keyset pagination), so no page ever scans past an offset.
 */
export type EventCursor = { occurredOn: string; id: string };

export function encodeCursor({ occurredOn, id }: EventCursor): string {
  return Buffer.from(JSON.stringify([occurredOn, id])).toString('base64url');
}

export function decodeCursor(text: string): EventCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(value[0]) &&
      typeof value[1] === 'string'
    ) {
      return { occurredOn: value[0], id: value[1] };
    }
  } catch {
    // not base64url JSON: falls through to null
  }
  return null;
}
