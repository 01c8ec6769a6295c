import { readPage, type ListName, type ListOrder } from '../../graph/read/list-queries.ts';
import type { NodeRow } from '../../graph/read/rows.ts';
import type { ApiContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { apiError, boundedInt, checkedDate } from './api-errors.ts';
import { decodeCursor, pageConnection } from './cursor.ts';

export const MAX_PAGE_SIZE = 100;

interface ListArguments {
  filter?: ({ from?: string | null; to?: string | null } & Record<string, string | null | undefined>) | null;
  first?: number | null;
  after?: string | null;
  order?: ListOrder | null;
}

/** A Relay connection for one of the lists: validated arguments, one page query, one batched node load. */
async function connection(list: ListName, args: ListArguments, context: ApiContext) {
  const pageSize = boundedInt('first', args.first, 20, 0, MAX_PAGE_SIZE);
  const from = checkedDate('filter.from', args.filter?.from);
  const to = checkedDate('filter.to', args.filter?.to);
  if (from && to && from > to) throw apiError('BAD_USER_INPUT', `filter.from (${from}) is after filter.to (${to}).`, 'filter');
  const order = args.order ?? 'NEWEST_FIRST';
  const scope = { list, order };
  const page = await readPage(context.reader, list, { ...args.filter, from, to }, pageSize, decodeCursor(args.after, scope), order);
  const nodes = await context.loaders.node.loadMany(page.items.map((item) => item.id));
  return pageConnection(
    { totalCount: page.totalCount, hasNextPage: page.hasNextPage, lastPosition: page.items.at(-1) },
    // An item removed between the page query and this load is skipped, not returned as null.
    page.items.flatMap((item, index) => {
      const node = nodes[index];
      return node && !(node instanceof Error) ? [{ position: item, node: node as NodeRow }] : [];
    }),
    scope,
  );
}

export const listQueryResolvers: QueryResolvers = {
  events: (_parent, args, context) => connection('events', args, context),
  agreements: (_parent, args, context) => connection('agreements', args, context),
  articles: (_parent, args, context) => connection('articles', args, context),
};
