import type { Resolvers } from '../generated/resolvers-types.ts';
import { loadNode } from './node-lists.ts';
import { pathStepSentence } from './path-step-sentence.ts';

export const relationshipTypeResolvers: Resolvers = {
  // Counterpart's fields and PathStep's ends come read with the request's selection: default resolvers.
  PathStep: {
    sentence: (row) => pathStepSentence(row.from.name ?? row.from.id, row.relationship, row.direction, row.to.name ?? row.to.id, row.status),
  },
  SearchHit: {
    node: async (row, _args, context) => (await loadNode(context, row.id))!,
  },
};
