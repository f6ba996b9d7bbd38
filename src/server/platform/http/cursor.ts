import { AppError } from '../errors.ts';

/** Opaque keyset cursor: the sort value(s) and id of the last item on a page. */
export const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(cursor: string): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v;
  } catch {}
  throw new AppError('request.invalid_cursor', 400, 'Invalid request', 'The cursor is not valid; start again from the first page.', [
    { field: 'cursor', message: 'Not a cursor returned by this list' },
  ]);
}
