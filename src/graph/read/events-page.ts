import neo4j from 'neo4j-driver';
import type { GraphReader } from './graph-reader.ts';
import { keyOf, keyRange, sortKeyOf, type ListOrder, type PageCursor } from './list-queries.ts';
import { walkAllItems } from './walk-or-expand.ts';
import { readEventDegrees } from './batch-reads.ts';

export interface EventsFilter {
  from: string | null;
  to: string | null;
  participant: string | null;
  place: string | null;
  topic: string | null;
  kind: string | null;
  status: string | null;
}

export interface EventsPage {
  items: PageCursor[];
  hasNextPage: boolean;
  /** How many events match, over all pages: a query of its own, sent only when called. */
  totalCount: () => Promise<number>;
}

/**
 * One page of events, newest or oldest first (undated last; one day's events by id, descending newest
 * first), after a cursor. The page is read on the index of the order's key, stopping after the page; a
 * participant few events are tied to has its own events read instead. The total is counted only when
 * asked for.
 */
export async function readEventsPage(
  reader: GraphReader,
  filter: EventsFilter,
  first: number,
  after: PageCursor | null,
  order: ListOrder,
): Promise<EventsPage> {
  const { fromKey, toKey } = keyRange(filter.from, filter.to);
  const { participant, place, topic, kind, status } = filter;
  const parameters = {
    participant,
    place,
    topic,
    kind,
    status,
    fromKey,
    toKey,
    afterKey: after === null ? null : keyOf(after, order),
    oldestFirst: order === 'OLDEST_FIRST',
    pageSize: neo4j.int(first + 1),
  };
  const totalCount = async () => {
    const [row] = await reader.read<{ totalCount: number }>('api/events-count', {
      participant,
      place,
      topic,
      kind,
      status,
      from: filter.from,
      to: filter.to,
    });
    return row?.totalCount ?? 0;
  };
  let query = order === 'OLDEST_FIRST' ? 'api/events-page-oldest' : 'api/events-page-newest';
  if (participant !== null) {
    const [row] = await readEventDegrees(reader, [participant], first + 1);
    if (row === undefined || row.degree === 0) return { items: [], hasNextPage: false, totalCount };
    if (!walkAllItems('events', row.degree, first + 1, row.events)) query = 'api/events-page-of-participant';
  }
  const rows = await reader.read<{ id: string; date: string | null }>(query, parameters);
  const items = rows.slice(0, first).map((row) => ({ sortKey: sortKeyOf(row.date, order), id: row.id }));
  return { items, hasNextPage: rows.length > first, totalCount };
}
