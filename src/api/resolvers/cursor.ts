import type { ListOrder, PageCursor } from '../../graph/read/list-queries.ts';
import { apiError } from './api-errors.ts';

/**
 * Where a cursor may be used: the list that gave it out (events, agreements, articles, whoMet) and the
 * order it was read in. A position (sort key and id) means nothing in another list or the other order.
 */
export interface CursorScope {
  list: string;
  order: ListOrder;
}

/**
 * Cursors are opaque to clients: base64url of their scope and the position, so their shape can change
 * without notice.
 */
export function encodeCursor(cursor: PageCursor, scope: CursorScope): string {
  const position = cursor.ordinal === undefined ? [cursor.sortKey, cursor.id] : [cursor.sortKey, cursor.id, cursor.ordinal];
  return Buffer.from(JSON.stringify([scope.list, scope.order, ...position])).toString('base64url');
}

/** The position an `after` argument names, if it is a cursor of this scope; otherwise a BAD_USER_INPUT error saying what to pass. */
export function decodeCursor(text: string | null | undefined, scope: CursorScope): PageCursor | null {
  if (text === null || text === undefined) return null;
  let decoded: unknown[] | undefined;
  try {
    decoded = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
  } catch {
    // Reported below as bad input.
  }
  const [list, order, sortKey, id, ordinal] = Array.isArray(decoded) ? decoded : [];
  if (
    typeof list === 'string' &&
    (order === 'NEWEST_FIRST' || order === 'OLDEST_FIRST') &&
    Number.isSafeInteger(sortKey) &&
    typeof id === 'string' &&
    (ordinal === undefined || (Number.isSafeInteger(ordinal) && (ordinal as number) > 0))
  ) {
    if (list !== scope.list) {
      throw apiError(
        'BAD_USER_INPUT',
        `Argument "after" is a cursor of ${list}, not of ${scope.list}; pass it to ${list}, or start again without "after".`,
        'after',
      );
    }
    if (order !== scope.order) {
      throw apiError(
        'BAD_USER_INPUT',
        `Argument "after" is a cursor of the ${order} order; ask with order: ${order}, or start again without "after".`,
        'after',
      );
    }
    return ordinal === undefined ? { sortKey: sortKey as number, id } : { sortKey: sortKey as number, id, ordinal: ordinal as number };
  }
  throw apiError(
    'BAD_USER_INPUT',
    'Argument "after" is not a cursor this API gave out; pass pageInfo.endCursor of the previous page.',
    'after',
  );
}

/**
 * A Relay connection for one page of a list (`scope`): each edge's cursor is its position, and endCursor
 * the position of the page's last item as read (`lastPosition`), so an item dropped after the page query
 * still moves the next page on.
 */
export function pageConnection<Node>(
  page: { totalCount: number; hasNextPage: boolean; lastPosition: PageCursor | undefined },
  edges: ReadonlyArray<{ position: PageCursor; node: Node }>,
  scope: CursorScope,
) {
  return {
    totalCount: page.totalCount,
    edges: edges.map(({ position, node }) => ({ cursor: encodeCursor(position, scope), node })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.lastPosition ? encodeCursor(page.lastPosition, scope) : null },
  };
}
