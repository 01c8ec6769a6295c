import neo4j from 'neo4j-driver';
import type { GraphReader } from './graph-reader.ts';
import { walkAllItems } from './walk-or-expand.ts';

/** Where the previous page ended: the sort key of its last item (the date as YYYYMMDD, negated newest first). */
export interface PageCursor {
  sortKey: number;
  id: string;
  /**
   * How many items of the list come up to this one, where reading the next page needs it: a country's
   * who-met page is read from each of its sides as far as the pages before it went (who-met.ts).
   */
  ordinal?: number;
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

/** A position's sort key: the date as YYYYMMDD (negated newest first), undated last either way, as cursors hold it. */
export function sortKeyOf(date: string | null, order: ListOrder): number {
  const day = dayNumber(date);
  return date === null || order === 'OLDEST_FIRST' ? day : -day;
}

/** The order key (newestFirstKey or oldestFirstKey: "YYYY-MM-DD <id>", migrations 0011-0014) of a cursor's position. */
export function keyOf(position: PageCursor, order: ListOrder): string {
  if (position.sortKey === UNDATED_DAY) return `${order === 'OLDEST_FIRST' ? '9999-99-99' : '0000-00-00'} ${position.id}`;
  return `${dayText(Math.abs(position.sortKey))} ${position.id}`;
}

/** The bounds of the order keys for a date range: "~" sorts after every digit and space, so "2022-05-10~" ends that day. */
export function keyRange(from: string | null, to: string | null): { fromKey: string; toKey: string } {
  return { fromKey: from ?? '', toKey: to === null ? '~' : `${to}~` };
}

export interface Page {
  /** How many items match, over all pages: a query of its own, sent only when called. */
  totalCount: () => Promise<number>;
  items: PageCursor[];
  hasNextPage: boolean;
}

/**
 * The lists the API pages through on their order keys (events have their own: events-page.ts): the
 * filters each takes, the filter that restricts it to one entity's items, and the reads. A page walks
 * the index of the order's key; for an entity in few items, its own items are read instead
 * (walk-or-expand.ts decides, from the counts `degrees` reads: the entity's, and all items' under `all`).
 */
export const LIST_QUERIES = {
  agreements: {
    filters: ['party', 'kind', 'status'],
    entity: 'party',
    newest: 'api/agreements-page-newest',
    oldest: 'api/agreements-page-oldest',
    ofEntity: 'api/agreements-page-of-party',
    degrees: { query: 'api/party-agreement-degrees', all: 'agreements' },
    count: 'api/agreements-count',
  },
  articles: {
    filters: ['mentions', 'language', 'publisher'],
    entity: 'mentions',
    newest: 'api/articles-page-newest',
    oldest: 'api/articles-page-oldest',
    ofEntity: 'api/articles-page-of-entity',
    degrees: { query: 'api/mention-degrees', all: 'articles' },
    count: 'api/articles-count',
  },
} as const;

export type ListName = keyof typeof LIST_QUERIES;

/**
 * One page of a list, newest or oldest first (undated items last either way; one day's items by id,
 * descending newest first), after a keyset cursor. Reads one more item than asked for, to know whether
 * another page follows. Filters the caller leaves out are sent as null (no restriction).
 */
export async function readPage(
  reader: GraphReader,
  list: ListName,
  filter: Record<string, string | null | undefined>,
  first: number,
  after: PageCursor | null,
  order: ListOrder = 'NEWEST_FIRST',
): Promise<Page> {
  const queries = LIST_QUERIES[list];
  const filters: Record<string, string | null> = Object.fromEntries(queries.filters.map((name) => [name, filter[name] ?? null]));
  const from = filter.from ?? null;
  const to = filter.to ?? null;
  const totalCount = async () => {
    const [row] = await reader.read<{ totalCount: number }>(queries.count, { ...filters, from, to });
    return row?.totalCount ?? 0;
  };
  let query: string = order === 'OLDEST_FIRST' ? queries.oldest : queries.newest;
  const entity = filters[queries.entity] ?? null;
  if (entity !== null) {
    const [row] = await reader.read<{ degree: number } & Record<typeof queries.degrees.all, number>>(queries.degrees.query, {
      ids: [entity],
    });
    if (row === undefined || row.degree === 0) return { items: [], hasNextPage: false, totalCount };
    if (!walkAllItems(list, row.degree, first + 1, row[queries.degrees.all])) query = queries.ofEntity;
  }
  const rows = await reader.read<{ id: string; date: string | null }>(query, {
    ...filters,
    ...keyRange(from, to),
    afterKey: after === null ? null : keyOf(after, order),
    oldestFirst: order === 'OLDEST_FIRST',
    pageSize: neo4j.int(first + 1),
  });
  const items = rows.slice(0, first).map((row) => ({ sortKey: sortKeyOf(row.date, order), id: row.id }));
  return { items, hasNextPage: rows.length > first, totalCount };
}
