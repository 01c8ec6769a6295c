import { findEntity, type EntityLabel } from '../../graph/read/find-entity.ts';
import {
  FACT_RELATIONSHIPS,
  readCountryRelations,
  readMeetingsBetween,
  readSearch,
  readShortestPaths,
  readTimeline,
  readWhoMet,
} from '../../graph/read/relationship-queries.ts';
import type { ApiContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { apiError, boundedInt, checkedDate } from './api-errors.ts';
import { loadNode, loadNodes } from './node-lists.ts';

const KNOWN_RELATIONSHIPS = new Set<string>([...FACT_RELATIONSHIPS, 'MENTIONS', 'REPORTED_IN']);

async function nodeOfLabel(context: ApiContext, id: string, label: string) {
  const row = await loadNode(context, id);
  return row?.label === label ? row : null;
}

async function entityByKey(context: ApiContext, label: EntityLabel, key: string) {
  const node = await findEntity(context.reader, label, key);
  if (!node) return null;
  context.loaders.primeNodes([node]);
  return node;
}

/** A party named by id must exist; otherwise the client hears which id is unknown. */
async function requireNode(context: ApiContext, id: string, argument: string) {
  const row = await loadNode(context, id);
  if (!row) throw apiError('NOT_FOUND', `No node with id "${id}" (argument "${argument}"). Look ids up with search(text:) or country(key:).`, argument);
  return row;
}

export const queryResolvers: QueryResolvers = {
  node: (_parent, { id }, context) => loadNode(context, id),
  country: (_parent, { key }, context) => entityByKey(context, 'Country', key),
  person: (_parent, { key }, context) => entityByKey(context, 'Person', key),
  organization: (_parent, { key }, context) => entityByKey(context, 'Organization', key),
  place: (_parent, { key }, context) => entityByKey(context, 'Place', key),
  event: (_parent, { id }, context) => nodeOfLabel(context, id, 'Event'),
  agreement: (_parent, { id }, context) => nodeOfLabel(context, id, 'Agreement'),
  article: (_parent, { id }, context) => nodeOfLabel(context, id, 'Article'),
  whoMet: async (_parent, { party }, context) => {
    // One query answers; only an empty answer needs the second, to tell "met nobody" from "no such id".
    const { counterparts, nodes } = await readWhoMet(context.reader, party);
    if (counterparts.length === 0) await requireNode(context, party, 'party');
    context.loaders.primeNodes(nodes);
    return counterparts;
  },
  meetingsBetween: async (_parent, { a, b }, context) => {
    await Promise.all([requireNode(context, a, 'a'), requireNode(context, b, 'b')]);
    return loadNodes(context, await readMeetingsBetween(context.reader, a, b));
  },
  paths: async (_parent, args, context) => {
    const maxHops = boundedInt('maxHops', args.maxHops, 4, 1, 8);
    const limit = boundedInt('limit', args.limit, 3, 1, 5);
    const relationshipTypes = args.relationshipTypes ?? [...FACT_RELATIONSHIPS];
    const unknown = relationshipTypes.filter((type) => !KNOWN_RELATIONSHIPS.has(type));
    if (unknown.length > 0) {
      throw apiError('BAD_USER_INPUT', `Unknown relationship types: ${unknown.join(', ')}. Use any of ${[...KNOWN_RELATIONSHIPS].join(', ')}.`, 'relationshipTypes');
    }
    const { paths, nodes } = await readShortestPaths(context.reader, { from: args.from, to: args.to, maxHops, relationshipTypes, limit });
    if (paths.length === 0) await Promise.all([requireNode(context, args.from, 'from'), requireNode(context, args.to, 'to')]);
    context.loaders.primeNodes(nodes);
    return paths;
  },
  timeline: async (_parent, args, context) => {
    await requireNode(context, args.entity, 'entity');
    const items = await readTimeline(context.reader, args.entity, checkedDate('from', args.from), checkedDate('to', args.to));
    const nodes = await loadNodes(context, items.map((item) => item.id));
    const byId = new Map(nodes.map((node) => [node.id, node]));
    return items.flatMap((item) => {
      const node = byId.get(item.id);
      if (!node) return [];
      return [{ date: item.date, event: item.isEvent ? node : null, agreement: item.isEvent ? null : node }];
    });
  },
  countryRelations: async (_parent, args, context) => {
    const [a, b] = await Promise.all([entityByKey(context, 'Country', args.a), entityByKey(context, 'Country', args.b)]);
    if (!a || !b) return null;
    const [meetingIds, ties] = await Promise.all([
      readMeetingsBetween(context.reader, a.id, b.id),
      readCountryRelations(context.reader, a.id, b.id),
    ]);
    const [meetings, agreements, sharedOrganizations] = await Promise.all([
      loadNodes(context, meetingIds),
      loadNodes(context, ties.agreementIds),
      loadNodes(context, ties.organizationIds),
    ]);
    return { a, b, meetings, agreements, sharedOrganizations };
  },
  search: async (_parent, { text, first }, context) => {
    if (text.trim().length > 200) throw apiError('BAD_USER_INPUT', 'Search text must be at most 200 characters.', 'text');
    return readSearch(context.reader, text, boundedInt('first', first, 10, 1, 50));
  },
};
