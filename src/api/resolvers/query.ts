import { assertObjectType, type GraphQLResolveInfo } from 'graphql';
import type { EntityLabel } from '../../graph/read/find-entity.ts';
import { findByAnyName } from './find-by-any-name.ts';
import { closestName, searchWithFallbacks } from './search-with-fallbacks.ts';
import {
  FACT_RELATIONSHIPS,
  readCountryRelations,
  readShortestPaths,
  readWhoMet,
} from '../../graph/read/relationship-queries.ts';
import { countMeetingsBetween, readMeetingsBetween } from '../../graph/read/meetings-between.ts';
import { readTimelinePage } from '../../graph/read/timeline-page.ts';
import type { ApiContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { apiError, boundedInt, checkedDate, quotedInput } from './api-errors.ts';
import { decodeCursor, pageConnection } from './cursor.ts';
import { MAX_PAGE_SIZE, totalCountIfSelected } from './list-query.ts';
import { loadNode, loadNodes, loadNodesById } from './node-lists.ts';
import { nestedFirst } from './nested-lists.ts';
import { nodePropertiesFor, selectedFieldArguments, selectedFieldNames } from './selected-fields.ts';

/** Counterparts come most recently met first, the lists' NEWEST_FIRST order. */
const WHO_MET_CURSORS = { list: 'whoMet', order: 'NEWEST_FIRST' } as const;
const MEETINGS_BETWEEN_CURSORS = { list: 'meetingsBetween', order: 'OLDEST_FIRST' } as const;
const TIMELINE_CURSORS = { list: 'timeline', order: 'OLDEST_FIRST' } as const;

const KNOWN_RELATIONSHIPS = new Set<string>([...FACT_RELATIONSHIPS, 'MENTIONS', 'REPORTED_IN']);

async function nodeOfLabel(context: ApiContext, id: string, label: string) {
  const row = await loadNode(context, id);
  return row?.label === label ? row : null;
}

/** A lookup's entity, read with only the properties its selection reads. */
function lookup(label: EntityLabel) {
  return async (_parent: unknown, { key }: { key: string }, context: ApiContext, info: GraphQLResolveInfo) =>
    (await findByAnyName(context, label, key, nodePropertiesFor(selectedFieldNames(info, [])))) ?? null;
}

/**
 * The id of the node a party argument names, by id or by any key the lookups accept ("Tokayev", "KZ",
 * "ШОС"); one that names nothing is an error saying which argument and what to send instead.
 */
async function requireNodeId(context: ApiContext, key: string, argument: string): Promise<string> {
  const row = (await loadNode(context, key)) ?? (await findByAnyName(context, undefined, key, ['id']));
  if (!row) {
    const suggestion = await closestName(context, key);
    throw apiError(
      'NOT_FOUND',
      `Nothing has the id or name ${quotedInput(key)} (argument "${argument}").${suggestion === undefined ? '' : ` Did you mean ${JSON.stringify(suggestion.name)} (${suggestion.id})?`} Look ids up with search(text:).`,
      argument,
    );
  }
  return row.id;
}


/**
 * Asks with the parties' keys taken as ids, so that one query answers when they are. Only an empty
 * answer needs more: a key that names nothing is NOT_FOUND, and names ("Tokayev") are looked up and the
 * question asked again with the ids they name.
 */
async function askByKeys<Answer>(
  context: ApiContext,
  parties: ReadonlyArray<{ key: string; argument: string }>,
  ask: (ids: string[]) => Promise<Answer>,
  isEmpty: (answer: Answer) => boolean,
): Promise<Answer> {
  const keys = parties.map((party) => party.key);
  const answer = await ask(keys);
  if (!isEmpty(answer)) return answer;
  const ids = await Promise.all(parties.map((party) => requireNodeId(context, party.key, party.argument)));
  return ids.some((id, index) => id !== keys[index]) ? ask(ids) : answer;
}

export const queryResolvers: QueryResolvers = {
  node: (_parent, { id }, context) => loadNode(context, id),
  country: lookup('Country'),
  person: lookup('Person'),
  organization: lookup('Organization'),
  place: lookup('Place'),
  event: (_parent, { id }, context) => nodeOfLabel(context, id, 'Event'),
  agreement: (_parent, { id }, context) => nodeOfLabel(context, id, 'Agreement'),
  article: (_parent, { id }, context) => nodeOfLabel(context, id, 'Article'),
  whoMet: async (_parent, args, context, info) => {
    const first = boundedInt('first', args.first, 20, 0, MAX_PAGE_SIZE);
    const after = decodeCursor(args.after, WHO_MET_CURSORS);
    // Only the properties the selection reads are fetched: a page may hold hundreds of meetings.
    const properties = {
      counterpart: nodePropertiesFor(selectedFieldNames(info, ['edges', 'node', 'counterpart'])),
      event: nodePropertiesFor(selectedFieldNames(info, ['edges', 'node', 'meetings'])),
    };
    // Each counterpart's meetings are read as many as the request shows (the most any alias of
    // `meetings` asks for; none when it selects none): a pair that met a hundred times costs a page.
    const meetingsField = assertObjectType(info.schema.getType('Counterpart')).getFields().meetings!;
    const meetings = Math.max(0, ...selectedFieldArguments(info, ['edges', 'node', 'meetings'], meetingsField).map((asked) => nestedFirst(asked.first as number | null)));
    const page = await askByKeys(
      context,
      [{ key: args.party, argument: 'party' }],
      ([partyId]) => readWhoMet(context.reader, { partyId: partyId!, first, after, meetings, properties }),
      ({ totalCount }) => totalCount === 0,
    );
    return pageConnection(
      { totalCount: page.totalCount, hasNextPage: page.hasNextPage, lastPosition: page.counterparts.at(-1)?.position },
      page.counterparts.map((row) => ({ position: row.position, node: row })),
      WHO_MET_CURSORS,
    );
  },
  meetingsBetween: async (_parent, args, context, info) => {
    const first = boundedInt('first', args.first, 20, 0, MAX_PAGE_SIZE);
    const after = decodeCursor(args.after, MEETINGS_BETWEEN_CURSORS);
    const [a, b] = await Promise.all([requireNodeId(context, args.a, 'a'), requireNodeId(context, args.b, 'b')]);
    const page = await readMeetingsBetween(context.reader, { a, b, first, after });
    const [nodes, totalCount] = await Promise.all([loadNodesById(context, page.items.map(({ id }) => id)), totalCountIfSelected(info, page.totalCount)]);
    return pageConnection(
      { totalCount, hasNextPage: page.hasNextPage, lastPosition: page.items.at(-1)?.position },
      // An event removed since the page was read is skipped, not returned as null.
      page.items.flatMap(({ id, position }) => (nodes.has(id) ? [{ position, node: nodes.get(id)! }] : [])),
      MEETINGS_BETWEEN_CURSORS,
    );
  },
  paths: async (_parent, args, context, info) => {
    const maxHops = boundedInt('maxHops', args.maxHops, 4, 1, 8);
    const limit = boundedInt('limit', args.limit, 3, 1, 5);
    const relationshipTypes = args.relationshipTypes ?? [...FACT_RELATIONSHIPS];
    const unknown = relationshipTypes.filter((type) => !KNOWN_RELATIONSHIPS.has(type));
    if (unknown.length > 0) {
      throw apiError('BAD_USER_INPUT', `Unknown relationship types: ${unknown.join(', ')}. Use any of ${[...KNOWN_RELATIONSHIPS].join(', ')}.`, 'relationshipTypes');
    }
    // Only what the selection reads: the ends' properties, and the steps' sources when asked for.
    const nodeProperties = nodePropertiesFor([...selectedFieldNames(info, ['steps', 'from']), ...selectedFieldNames(info, ['steps', 'to'])]);
    const withSources = selectedFieldNames(info, ['steps']).includes('sources');
    return askByKeys(
      context,
      [{ key: args.from, argument: 'from' }, { key: args.to, argument: 'to' }],
      ([from, to]) => readShortestPaths(context.reader, { from: from!, to: to!, maxHops, relationshipTypes, limit, nodeProperties, withSources }),
      (paths) => paths.length === 0,
    );
  },
  timeline: async (_parent, args, context, info) => {
    const first = boundedInt('first', args.first, 50, 0, MAX_PAGE_SIZE);
    const after = decodeCursor(args.after, TIMELINE_CURSORS);
    // Every argument is checked before the database is asked anything.
    const [from, to] = [checkedDate('from', args.from), checkedDate('to', args.to)];
    const entityId = await requireNodeId(context, args.entity, 'entity');
    const page = await readTimelinePage(context.reader, { entity: entityId, from, to, first, after });
    const [nodes, totalCount] = await Promise.all([loadNodesById(context, page.items.map((item) => item.id)), totalCountIfSelected(info, page.totalCount)]);
    return pageConnection(
      { totalCount, hasNextPage: page.hasNextPage, lastPosition: page.items.at(-1)?.position },
      // An entry removed since the page was read is skipped, not returned as null.
      page.items.flatMap(({ id, date, isEvent, position }) => {
        const node = nodes.get(id);
        if (!node) return [];
        return [{ position, node: { date, event: isEvent ? node : null, agreement: isEvent ? null : node } }];
      }),
      TIMELINE_CURSORS,
    );
  },
  countryRelations: async (_parent, args, context, info) => {
    // Each country read with only the properties its selection reads, as the lookups read theirs.
    const country = (key: string, side: 'a' | 'b') => findByAnyName(context, 'Country', key, nodePropertiesFor(selectedFieldNames(info, [side])));
    const [a, b] = await Promise.all([country(args.a, 'a'), country(args.b, 'b')]);
    if (!a || !b) return null;
    const ties = await readCountryRelations(context.reader, a.id, b.id);
    // Their meetings are read by the fields that show them, a page or a count, only when selected.
    return {
      a,
      b,
      meetingIds: async (first) => (first === 0 ? [] : (await readMeetingsBetween(context.reader, { a: a.id, b: b.id, first, after: null })).items.map((item) => item.id)),
      meetingCount: () => countMeetingsBetween(context.reader, a.id, b.id),
      ...ties,
    };
  },
  search: async (_parent, { text, first }, context) => {
    if (text.trim().length > 200) throw apiError('BAD_USER_INPUT', 'Search text must be at most 200 characters.', 'text');
    return searchWithFallbacks(context, text, boundedInt('first', first, 10, 1, 50));
  },
};
