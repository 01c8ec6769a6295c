import neo4j from 'neo4j-driver';
import type { GraphReader } from './graph-reader.ts';
import { dayNumber, dayText, UNDATED_DAY, type ListOrder, type PageCursor } from './list-queries.ts';
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

/** A position's sort key: the date as YYYYMMDD (negated newest first), undated last either way, as cursors hold it. */
function sortKeyOf(date: string | null, order: ListOrder): number {
  const day = dayNumber(date);
  return date === null || order === 'OLDEST_FIRST' ? day : -day;
}

/** The event key (newestFirstKey or oldestFirstKey, migrations 0012-0013) of a cursor's position. */
export function keyOf(position: PageCursor, order: ListOrder): string {
  if (position.sortKey === UNDATED_DAY) return `${order === 'OLDEST_FIRST' ? '9999-99-99' : '0000-00-00'} ${position.id}`;
  return `${dayText(Math.abs(position.sortKey))} ${position.id}`;
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
  const fromKey = filter.from ?? '';
  // "~" sorts after every digit and space: a key prefix "2022-05-10~" ends that day.
  const toKey = filter.to === null ? '~' : `${filter.to}~`;
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
    if (!walkAllItems(row.degree, first + 1, row.events)) query = 'api/events-page-of-participant';
  }
  const rows = await reader.read<{ id: string; date: string | null }>(query, parameters);
  const items = rows.slice(0, first).map((row) => ({ sortKey: sortKeyOf(row.date, order), id: row.id }));
  return { items, hasNextPage: rows.length > first, totalCount };
}
