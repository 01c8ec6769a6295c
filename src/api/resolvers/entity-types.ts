import type { NodeRow } from '../../graph/read/rows.ts';
import type { ApiContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { ORGANIZATION_KIND_VALUES, storedMembershipStatus, storedValue } from '../vocabulary/closed-sets.ts';
import { partialDate } from '../vocabulary/dates.ts';
import { nestedFirst } from './nested-lists.ts';
import { loadNode, loadNodes } from './node-lists.ts';
import { tieSources } from './tie-sources.ts';

/** Fields every entity type shares: aliases, the sentences naming it, and its events. */
const entityFields = {
  aliases: (row: NodeRow) => (Array.isArray(row.aliases) ? (row.aliases as string[]) : []),
  // Read with the page's size, so that a much-cited entity's first sources cost a few articles.
  sources: async (row: NodeRow, args: { first?: number | null }, context: ApiContext) => {
    const first = nestedFirst(args.first);
    return first === 0 ? [] : context.loaders.mentionSources(first).load(row.id);
  },
  events: async (row: NodeRow, args: { first?: number | null }, context: ApiContext) => {
    const first = nestedFirst(args.first);
    return first === 0 ? [] : loadNodes(context, await context.loaders.eventsOf(first).load(row.id));
  },
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
    kind: (row) => storedValue(ORGANIZATION_KIND_VALUES, row.organizationKind) ?? null,
    members: async (row, _args, context) => (await context.loaders.ties.load(row.id)).memberships,
  },
  Place: {
    ...entityFields,
    country: async (row, _args, context) => loadNode(context, (await context.loaders.ties.load(row.id)).countryId),
  },
  Topic: entityFields,
  // A tie's sources are read by its key, a page at a time (an office may be cited by thousands of articles).
  Membership: {
    country: async (row, _args, context) => (await loadNode(context, row.countryId))!,
    organization: async (row, _args, context) => (await loadNode(context, row.organizationId))!,
    // A status this release does not know (a graph written by another) shows as the plain MEMBER.
    status: (row) => storedMembershipStatus(row.status) ?? 'member',
    sources: (row, { first }, context) => tieSources(row.fact, first, context),
  },
  Office: {
    asOf: (row) => partialDate(row.asOf),
    holder: async (row, _args, context) => (await loadNode(context, row.holderId))!,
    sources: (row, { first }, context) => tieSources(row.fact, first, context),
  },
  Source: {
    article: async (row, _args, context) => (await loadNode(context, row.articleId))!,
  },
};
