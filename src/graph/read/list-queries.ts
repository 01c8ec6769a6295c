import neo4j from 'neo4j-driver';
import type { GraphReader } from './graph-reader.ts';

/** Where the previous page ended: the sort key of its last item (the date as YYYYMMDD, negated newest first). */
export interface PageCursor {
  sortKey: number;
  id: string;
}

export type ListOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

/** Where undated items sort, in either order: after every date. */
export const UNDATED_DAY = 100_000_000;

/** A date as text (YYYY-MM-DD) as an ascending number, YYYYMMDD; undated after every date. */
export function dayNumber(date: string | null): number {
  if (date === null) return UNDATED_DAY;
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/** A day number (YYYYMMDD) as text, YYYY-MM-DD: the date part of the order keys (migrations 0011-0013). */
export function dayText(day: number): string {
  const digits = String(day).padStart(8, '0');
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

/** The order of positions in a list: by sort key, then by id. */
export const comparePositions = (a: PageCursor, b: PageCursor): number => a.sortKey - b.sortKey || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface Page {
  /** How many items match, over all pages (read along with the page). */
  totalCount: () => Promise<number>;
  items: PageCursor[];
  hasNextPage: boolean;
}

/** The lists the API pages through with one query each (events have their own: events-page.ts). */
export const LIST_QUERIES = {
  agreements: { query: 'api/agreements-page', filters: ['from', 'to', 'party', 'kind', 'status'] },
  articles: { query: 'api/articles-page', filters: ['from', 'to', 'language', 'publisher', 'mentions'] },
} as const;

export type ListName = keyof typeof LIST_QUERIES;

/**
 * One page of a list, newest or oldest first (undated items last either way), after a keyset cursor. Reads one more item than asked for, to know
 * whether another page follows. Filters the caller leaves out are sent as null (no restriction).
 */
export async function readPage(
  reader: GraphReader,
  list: ListName,
  filter: Record<string, string | null | undefined>,
  first: number,
  after: PageCursor | null,
  order: ListOrder = 'NEWEST_FIRST',
): Promise<Page> {
  const { query, filters } = LIST_QUERIES[list];
  const parameters: Record<string, unknown> = Object.fromEntries(filters.map((name) => [name, filter[name] ?? null]));
  const [row] = await reader.read<{ totalCount: number; page: PageCursor[] }>(query, {
    ...parameters,
    oldestFirst: order === 'OLDEST_FIRST',
    afterKey: after === null ? null : neo4j.int(after.sortKey),
    afterId: after?.id ?? null,
    pageSize: neo4j.int(first + 1),
  });
  const page = row?.page ?? [];
  const totalCount = row?.totalCount ?? 0;
  return { totalCount: () => Promise.resolve(totalCount), items: page.slice(0, first), hasNextPage: page.length > first };
}
