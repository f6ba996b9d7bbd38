// Opaque keyset cursors: encoding the last item's sort values and id, and decoding them strictly.
import { invalidCursor } from './http.errors.ts';

/** Opaque keyset cursor: the sort value(s) and id of the last item on a page. */
export const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(cursor: string): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v;
  } catch {}
  throw invalidCursor();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * A decoded `[sort value, id]` cursor, checked before it reaches SQL: a cursor
 * edited by hand must give 400, not a failed cast (500).
 */
export function decodeKeysetCursor(cursor: string, valueType: 'text' | 'timestamptz'): [string, string] {
  const [value, id] = decodeCursor(cursor);
  if (typeof value !== 'string' || value.includes('\u0000') || typeof id !== 'string' || !UUID.test(id)) throw invalidCursor();
  if (valueType === 'timestamptz' && (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value)))) throw invalidCursor();
  return [value, id];
}

/** A cursor whose first value is an instant; anything else is the same 400 as a malformed cursor. */
export function decodeInstantCursor(cursor: string): { at: Date; rest: unknown[] } {
  const [first, ...rest] = decodeCursor(cursor);
  const at = new Date(String(first));
  if (typeof first !== 'string' || Number.isNaN(at.getTime())) throw invalidCursor();
  return { at, rest };
}
