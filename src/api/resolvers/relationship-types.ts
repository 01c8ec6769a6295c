import type { Resolvers } from '../generated/resolvers-types.ts';
import { loadNode, loadNodes } from './node-lists.ts';
import { pathStepSentence } from './path-step-sentence.ts';

export const relationshipTypeResolvers: Resolvers = {
  Counterpart: {
    counterpart: async (row, _args, context) => row.counterpart ?? (await loadNode(context, row.counterpartId))!,
    meetings: async (row, _args, context) => row.meetings ?? loadNodes(context, row.eventIds),
  },
  PathStep: {
    from: async (row, _args, context) => row.from ?? (await loadNode(context, row.fromId))!,
    to: async (row, _args, context) => row.to ?? (await loadNode(context, row.toId))!,
    sentence: async (row, _args, context) => {
      const [from, to] = await Promise.all([row.from ?? loadNode(context, row.fromId), row.to ?? loadNode(context, row.toId)]);
      return pathStepSentence(from?.name ?? row.fromId, row.relationship, row.direction, to?.name ?? row.toId, row.status);
    },
  },
  SearchHit: {
    node: async (row, _args, context) => (await loadNode(context, row.id))!,
  },
};
