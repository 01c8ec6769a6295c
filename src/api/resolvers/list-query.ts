import { readEventPage } from '../../graph/read/list-queries.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { apiError, boundedInt, checkedDate } from './api-errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

export const MAX_PAGE_SIZE = 100;

export const listQueryResolvers: QueryResolvers = {
  events: async (_parent, { filter, first, after }, context) => {
    const pageSize = boundedInt('first', first, 20, 0, MAX_PAGE_SIZE);
    const from = checkedDate('filter.from', filter?.from);
    const to = checkedDate('filter.to', filter?.to);
    if (from && to && from > to) throw apiError('BAD_USER_INPUT', `filter.from (${from}) is after filter.to (${to}).`, 'filter');
    const page = await readEventPage(context.reader, { ...filter, from, to }, pageSize, decodeCursor(after));
    const nodes = await context.loaders.node.loadMany(page.items.map((item) => item.id));
    const last = page.items.at(-1);
    return {
      totalCount: page.totalCount,
      // An event removed between the page query and this load is skipped, not returned as null.
      edges: page.items.flatMap((item, index) => {
        const node = nodes[index];
        return node && !(node instanceof Error) ? [{ cursor: encodeCursor(item), node }] : [];
      }),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last) : null },
    };
  },
};
