// Cursor pagination (DESIGN.md convention 7): the cursor is the sort key of the last row seen, opaque to clients,
// so pages stay stable while rows are added and the database seeks instead of counting an OFFSET.
import { Type } from '@sinclair/typebox';
import { badRequest } from './errors.js';

export const PageQuery = Type.Object({
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'Opaque cursor from the previous page\'s `next`' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): unknown[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch { /* fall through to the 400 below */ }
  throw badRequest('validation.invalid');
}

/** Given `limit + 1` rows, returns the page and the cursor of the next one (null on the last page). */
export function pageOf<Row>(rows: Row[], limit: number, keyOf: (row: Row) => unknown[]): { items: Row[]; next: string | null } {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null };
}
