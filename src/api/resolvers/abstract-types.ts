import type { NodeRow } from '../../graph/read/rows.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

/** Rows carry their kind label, which is also the GraphQL type name. */
const byLabel = (row: NodeRow) => row.label as never;

export const abstractTypeResolvers: Resolvers = {
  GraphNode: { __resolveType: byLabel },
  Entity: { __resolveType: byLabel },
  Participant: { __resolveType: byLabel },
  OfficeHolder: { __resolveType: byLabel },
  Party: { __resolveType: byLabel },
};
