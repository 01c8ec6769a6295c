import neo4j from 'neo4j-driver';
import { countryPairKey, isCountryId } from './country-ids.ts';
import type { GraphReader } from './graph-reader.ts';
import { dayNumber, keyOf, type PageCursor } from './list-queries.ts';

/** One meeting of a page: the event's id, its date (YYYY-MM-DD or null) and its place in the order. */
export interface MeetingItem {
  id: string;
  date: string | null;
  position: PageCursor;
}

export interface MeetingsPage {
  items: MeetingItem[];
  hasNextPage: boolean;
  /** How many events both attended, over all pages: a query over all of them, sent only when called. */
  totalCount: () => Promise<number>;
}

/**
 * One page of the events both parties attended (a country also through the persons representing it),
 * oldest first (undated last; one day's by id), after a cursor: the pair's own events read and the page
 * kept in Cypher with ORDER BY ... LIMIT (meetings-between-page.cypher says why they are not walked).
 * Empty when a party does not exist. The total is counted only when asked for.
 */
export async function readMeetingsBetween(
  reader: GraphReader,
  request: { a: string; b: string; first: number; after: PageCursor | null },
): Promise<MeetingsPage> {
  const { a, b, first, after } = request;
  const afterKey = after === null ? '' : keyOf(after, 'OLDEST_FIRST');
  // One more than asked for, to know whether another page follows.
  const pageSize = neo4j.int(first + 1);
  const rows = await (betweenCountries(a, b)
    ? reader.read<{ id: string; date: string | null }>('api/country-meetings-page', { pair: countryPairKey(a, b), afterKey, pageSize })
    : reader.read<{ id: string; date: string | null }>('api/meetings-between-page', { a, b, afterKey, pageSize }));
  const items = rows.slice(0, first).map((row) => ({ ...row, position: { sortKey: dayNumber(row.date), id: row.id } }));
  return { items, hasNextPage: rows.length > first, totalCount: () => countMeetingsBetween(reader, a, b) };
}

/**
 * How many events both parties attended, for a client that asks for the count: two countries' count is
 * kept on their pair's node (migration 0022); any other two parties' reads every one of their meetings.
 */
export async function countMeetingsBetween(reader: GraphReader, a: string, b: string): Promise<number> {
  const [row] = await (betweenCountries(a, b)
    ? reader.read<{ totalCount: number }>('api/country-meetings-count', { pair: countryPairKey(a, b) })
    : reader.read<{ totalCount: number }>('api/meetings-between-count', { a, b }));
  return row?.totalCount ?? 0;
}

/**
 * Two different countries' meetings are read from their country-pair records (migration 0021), kept
 * by the loader; any other two parties' from the meeting records of the pairs of their sides.
 */
function betweenCountries(a: string, b: string): boolean {
  return a !== b && isCountryId(a) && isCountryId(b);
}
