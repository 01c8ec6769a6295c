import type { ListOrder, PageCursor } from '../../graph/read/list-queries.ts';
import { apiError } from './api-errors.ts';

/**
 * Cursors are opaque to clients: base64url of the order and the sort key, so their shape can change
 * without notice. A cursor carries its order because a position in one order means nothing in the other.
 */
export function encodeCursor(cursor: PageCursor, order: ListOrder): string {
  return Buffer.from(JSON.stringify([order, cursor.sortKey, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string | null | undefined, order: ListOrder): PageCursor | null {
  if (text === null || text === undefined) return null;
  let decoded: unknown[] | undefined;
  try {
    decoded = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
  } catch {
    // Reported below as bad input.
  }
  const [cursorOrder, sortKey, id] = Array.isArray(decoded) ? decoded : [];
  if ((cursorOrder === 'NEWEST_FIRST' || cursorOrder === 'OLDEST_FIRST') && Number.isSafeInteger(sortKey) && typeof id === 'string') {
    if (cursorOrder !== order) {
      throw apiError('BAD_USER_INPUT', `Argument "after" is a cursor of the ${cursorOrder} order; ask with order: ${cursorOrder}, or start again without "after".`, 'after');
    }
    return { sortKey: sortKey as number, id };
  }
  throw apiError('BAD_USER_INPUT', 'Argument "after" is not a cursor this API gave out; pass pageInfo.endCursor of the previous page.', 'after');
}

/**
 * A Relay connection for one page read in `order`: each edge's cursor is its position, and endCursor the
 * position of the page's last item as read (`lastPosition`), so an item dropped after the page query
 * still moves the next page on.
 */
export function pageConnection<Node>(
  page: { totalCount: number; hasNextPage: boolean; lastPosition: PageCursor | undefined },
  edges: ReadonlyArray<{ position: PageCursor; node: Node }>,
  order: ListOrder,
) {
  return {
    totalCount: page.totalCount,
    edges: edges.map(({ position, node }) => ({ cursor: encodeCursor(position, order), node })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.lastPosition ? encodeCursor(page.lastPosition, order) : null },
  };
}
