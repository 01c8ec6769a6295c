import neo4j from 'neo4j-driver';
import type { GraphReader } from './graph-reader.ts';

export interface EventListFilter {
  from?: string | null;
  to?: string | null;
  participant?: string | null;
  place?: string | null;
  topic?: string | null;
  kind?: string | null;
}

/** Where the previous page ended: the sort key of its last item. */
export interface EventCursor {
  sortDate: string;
  id: string;
}

export interface EventPage {
  totalCount: number;
  items: EventCursor[];
  hasNextPage: boolean;
}

/** Reads one more item than asked for, to know whether another page follows. */
export async function readEventPage(reader: GraphReader, filter: EventListFilter, first: number, after: EventCursor | null): Promise<EventPage> {
  const [row] = await reader.read<{ totalCount: number; page: EventCursor[] }>('api/events-page', {
    from: filter.from ?? null,
    to: filter.to ?? null,
    participant: filter.participant ?? null,
    place: filter.place ?? null,
    topic: filter.topic ?? null,
    kind: filter.kind ?? null,
    afterDate: after?.sortDate ?? null,
    afterId: after?.id ?? null,
    pageSize: neo4j.int(first + 1),
  });
  const page = row?.page ?? [];
  return { totalCount: row?.totalCount ?? 0, items: page.slice(0, first), hasNextPage: page.length > first };
}
