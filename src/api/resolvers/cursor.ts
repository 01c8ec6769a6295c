import type { PageCursor } from '../../graph/read/list-queries.ts';
import { apiError } from './api-errors.ts';

/** Cursors are opaque to clients: base64url of the sort key, so their shape can change without notice. */
export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortDate, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string | null | undefined): PageCursor | null {
  if (text === null || text === undefined) return null;
  try {
    const [sortDate, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortDate === 'string' && typeof id === 'string') return { sortDate, id };
  } catch {
    // Reported below as bad input.
  }
  throw apiError('BAD_USER_INPUT', 'Argument "after" is not a cursor this API gave out; pass pageInfo.endCursor of the previous page.', 'after');
}
