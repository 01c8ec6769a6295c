import { comparePositions, type PageCursor } from '../../graph/read/list-queries.ts';

/**
 * One page of rows read whole (a timeline, the meetings between two parties: hundreds at most, cheap
 * to read as ids and dates) where the nodes are what is costly to read and send: the `first` rows after
 * `after` in the order of their positions, each with its position, how many there are in all, whether
 * more follow, and where the page ends (for pageConnection). Only the page's nodes need loading.
 */
export function pageOfRows<Row>(rows: readonly Row[], positionOf: (row: Row) => PageCursor, first: number, after: PageCursor | null) {
  const ordered = rows.map((row) => ({ row, position: positionOf(row) })).sort((x, y) => comparePositions(x.position, y.position));
  const rest = after ? ordered.filter(({ position }) => comparePositions(position, after) > 0) : ordered;
  const items = rest.slice(0, first);
  return { totalCount: rows.length, items, hasNextPage: rest.length > first, lastPosition: items.at(-1)?.position };
}
