import { readEventsPage, type EventsFilter } from '../../graph/read/events-page.ts';
import { readPage, type ListName, type ListOrder } from '../../graph/read/list-queries.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { boundedInt, checkedDateRange } from './api-errors.ts';
import { decodeCursor, pageConnection } from './cursor.ts';
import { selectedFieldNames } from './selected-fields.ts';

export const MAX_PAGE_SIZE = 100;

interface ListArguments {
  filter?: ({ from?: string | null; to?: string | null } & Record<string, string | null | undefined>) | null;
  first?: number | null;
  after?: string | null;
  order?: ListOrder | null;
}

/** A connection's totalCount: a query of its own over every match, so counted only when the client selects it (else 0). */
export function totalCountIfSelected(info: GraphQLResolveInfo, totalCount: () => Promise<number>): Promise<number> {
  return selectedFieldNames(info, []).includes('totalCount') ? totalCount() : Promise.resolve(0);
}

/** A Relay connection for one of the lists: validated arguments, one page query, one batched node load. */
async function connection(list: ListName | 'events', args: ListArguments, context: ApiContext, info: GraphQLResolveInfo) {
  const pageSize = boundedInt('first', args.first, 20, 0, MAX_PAGE_SIZE);
  // The Date scalar has checked each end; an empty range is refused here.
  const { from, to } = checkedDateRange(args.filter?.from, args.filter?.to, 'filter.');
  const order = args.order ?? 'NEWEST_FIRST';
  const scope = { list, order };
  const after = decodeCursor(args.after, scope);
  const page =
    list === 'events'
      ? await readEventsPage(context.reader, eventsFilter({ ...args.filter, from, to }), pageSize, after, order)
      : await readPage(context.reader, list, { ...args.filter, from, to }, pageSize, after, order);
  const [nodes, totalCount] = await Promise.all([
    context.loaders.node.loadMany(page.items.map((item) => item.id)),
    totalCountIfSelected(info, page.totalCount),
  ]);
  return pageConnection(
    { totalCount, hasNextPage: page.hasNextPage, lastPosition: page.items.at(-1) },
    // An item removed between the page query and this load is skipped, not returned as null.
    page.items.flatMap((item, index) => {
      const node = nodes[index];
      return node && !(node instanceof Error) ? [{ position: item, node }] : [];
    }),
    scope,
  );
}

function eventsFilter(filter: Record<string, string | null | undefined>): EventsFilter {
  const value = (name: keyof EventsFilter) => filter[name] ?? null;
  return {
    from: value('from'),
    to: value('to'),
    participant: value('participant'),
    place: value('place'),
    topic: value('topic'),
    kind: value('kind'),
    status: value('status'),
  };
}

export const listQueryResolvers: QueryResolvers = {
  events: (_parent, args, context, info) => connection('events', args, context, info),
  agreements: (_parent, args, context, info) => connection('agreements', args, context, info),
  articles: (_parent, args, context, info) => connection('articles', args, context, info),
};
