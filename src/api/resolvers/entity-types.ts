import type { NodeRow } from '../../graph/read/rows.ts';
import type { ApiContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { boundedInt } from './api-errors.ts';
import { loadNode, loadNodes } from './node-lists.ts';

const MAX_NESTED = 100;

/** Fields every entity type shares: aliases, the sentences naming it, and its events. */
const entityFields = {
  aliases: (row: NodeRow) => (Array.isArray(row.aliases) ? (row.aliases as string[]) : []),
  sources: async (row: NodeRow, args: { first?: number | null }, context: ApiContext) =>
    (await context.loaders.mentionSources.load(row.id)).slice(0, boundedInt('first', args.first, 20, 0, MAX_NESTED)),
  events: async (row: NodeRow, args: { first?: number | null }, context: ApiContext) =>
    loadNodes(context, (await context.loaders.eventsOf.load(row.id)).slice(0, boundedInt('first', args.first, 20, 0, MAX_NESTED))),
};

export const entityTypeResolvers: Resolvers = {
  Country: {
    ...entityFields,
    memberships: async (row, _args, context) => (await context.loaders.ties.load(row.id)).memberships,
  },
  Person: {
    ...entityFields,
    country: async (row, _args, context) => loadNode(context, (await context.loaders.ties.load(row.id)).countryId),
    offices: async (row, _args, context) => (await context.loaders.ties.load(row.id)).offices,
  },
  Organization: {
    ...entityFields,
    kind: (row) => (typeof row.organizationKind === 'string' ? row.organizationKind : null),
    members: async (row, _args, context) => (await context.loaders.ties.load(row.id)).memberships,
  },
  Place: {
    ...entityFields,
    country: async (row, _args, context) => loadNode(context, (await context.loaders.ties.load(row.id)).countryId),
  },
  Topic: entityFields,
  Membership: {
    country: async (row, _args, context) => (await loadNode(context, row.countryId))!,
    organization: async (row, _args, context) => (await loadNode(context, row.organizationId))!,
  },
  Office: {
    holder: async (row, _args, context) => (await loadNode(context, row.holderId))!,
  },
  Source: {
    article: async (row, _args, context) => (await loadNode(context, row.articleId))!,
  },
};
