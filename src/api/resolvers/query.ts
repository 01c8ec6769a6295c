import { assertObjectType } from 'graphql';
import { searchWithFallbacks } from './search-with-fallbacks.ts';
import { FACT_RELATIONSHIPS, readSharedOrganizations, readShortestPaths } from '../../graph/read/relationship-queries.ts';
import { countAgreementsBetween, readAgreementsBetween } from '../../graph/read/agreements-between.ts';
import { readWhoMet } from '../../graph/read/who-met.ts';
import { countMeetingsBetween, readMeetingsBetween } from '../../graph/read/meetings-between.ts';
import { readTimelinePage } from '../../graph/read/timeline-page.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { apiError, boundedInt, checkedDateRange } from './api-errors.ts';
import { decodeCursor, pageConnection } from './cursor.ts';
import { MAX_PAGE_SIZE, totalCountIfSelected } from './list-query.ts';
import { loadNode, loadNodesById } from './node-lists.ts';
import { askByRefs, checkedRef, entityByRef, lookup, nodeOfLabel, requireNodeId } from './node-refs.ts';
import { nestedFirst } from './nested-lists.ts';
import { nodePropertiesFor, selectedFieldArguments, selectedFieldNames, selectedPropertiesWithId } from './selected-fields.ts';

/** Counterparts come most recently met first, the lists' NEWEST_FIRST order. */
const WHO_MET_CURSORS = { list: 'whoMet', order: 'NEWEST_FIRST' } as const;
const MEETINGS_BETWEEN_CURSORS = { list: 'meetingsBetween', order: 'OLDEST_FIRST' } as const;
const TIMELINE_CURSORS = { list: 'timeline', order: 'OLDEST_FIRST' } as const;

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
      event: selectedPropertiesWithId(selectedFieldNames(info, ['edges', 'node', 'meetings'])),
    };
    // Each counterpart's meetings are read as many as the request shows (the most any alias of
    // `meetings` asks for; none when it selects none): a pair that met a hundred times costs a page.
    const meetingsField = assertObjectType(info.schema.getType('Counterpart')).getFields().meetings!;
    const meetings = Math.max(
      0,
      ...selectedFieldArguments(info, ['edges', 'node', 'meetings'], meetingsField).map((asked) =>
        nestedFirst(asked.first as number | null),
      ),
    );
    const countMeetings = selectedFieldNames(info, ['edges', 'node']).includes('meetingCount');
    const page = await askByRefs(
      context,
      [{ ref: checkedRef(args.party, 'party'), argument: 'party' }],
      ([partyId]) => readWhoMet(context.reader, { partyId: partyId!, first, after, meetings, properties, countMeetings }),
      ({ counterparts }) => counterparts.length === 0,
    );
    const totalCount = await totalCountIfSelected(info, page.totalCount);
    return pageConnection(
      { totalCount, hasNextPage: page.hasNextPage, lastPosition: page.counterparts.at(-1)?.position },
      page.counterparts.map((row) => ({ position: row.position, node: row })),
      WHO_MET_CURSORS,
    );
  },
  meetingsBetween: async (_parent, args, context, info) => {
    const first = boundedInt('first', args.first, 20, 0, MAX_PAGE_SIZE);
    const after = decodeCursor(args.after, MEETINGS_BETWEEN_CURSORS);
    const refs = [checkedRef(args.a, 'a'), checkedRef(args.b, 'b')] as const;
    const [a, b] = await Promise.all([requireNodeId(context, refs[0], 'a'), requireNodeId(context, refs[1], 'b')]);
    const page = await readMeetingsBetween(context.reader, { a, b, first, after });
    const [nodes, totalCount] = await Promise.all([
      loadNodesById(
        context,
        page.items.map(({ id }) => id),
      ),
      totalCountIfSelected(info, page.totalCount),
    ]);
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
    // The enum refuses an unknown type before the resolver runs.
    const relationshipTypes = args.relationshipTypes ?? [...FACT_RELATIONSHIPS];
    const refs = [checkedRef(args.from, 'from'), checkedRef(args.to, 'to')] as const;
    // Only what the selection reads: the ends' properties (the steps' sources are read by their own field, a page each).
    const nodeProperties = nodePropertiesFor([
      ...selectedFieldNames(info, ['steps', 'from']),
      ...selectedFieldNames(info, ['steps', 'to']),
    ]);
    return askByRefs(
      context,
      [
        { ref: refs[0], argument: 'from' },
        { ref: refs[1], argument: 'to' },
      ],
      ([from, to]) => readShortestPaths(context.reader, { from: from!, to: to!, maxHops, relationshipTypes, limit, nodeProperties }),
      (paths) => paths.length === 0,
    );
  },
  timeline: async (_parent, args, context, info) => {
    const first = boundedInt('first', args.first, 50, 0, MAX_PAGE_SIZE);
    const after = decodeCursor(args.after, TIMELINE_CURSORS);
    // Every argument is checked before the database is asked anything.
    const { from, to } = checkedDateRange(args.from, args.to, '');
    const entityId = await requireNodeId(context, checkedRef(args.entity, 'entity'), 'entity');
    const page = await readTimelinePage(context.reader, { entity: entityId, from, to, first, after });
    const [nodes, totalCount] = await Promise.all([
      loadNodesById(
        context,
        page.items.map((item) => item.id),
      ),
      totalCountIfSelected(info, page.totalCount),
    ]);
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
    const refs = [checkedRef(args.a, 'a'), checkedRef(args.b, 'b')] as const;
    const [a, b] = await Promise.all([
      entityByRef(context, 'Country', refs[0], nodePropertiesFor(selectedFieldNames(info, ['a']))),
      entityByRef(context, 'Country', refs[1], nodePropertiesFor(selectedFieldNames(info, ['b']))),
    ]);
    if (!a || !b) return null;
    // What ties them is read by the fields that show it, a page or a count, only when selected.
    return {
      a,
      b,
      meetingIds: async (first) =>
        first === 0
          ? []
          : (await readMeetingsBetween(context.reader, { a: a.id, b: b.id, first, after: null })).items.map((item) => item.id),
      meetingCount: () => countMeetingsBetween(context.reader, a.id, b.id),
      agreementIds: (first) => readAgreementsBetween(context.reader, a.id, b.id, first),
      agreementCount: () => countAgreementsBetween(context.reader, a.id, b.id),
      organizationIds: () => readSharedOrganizations(context.reader, a.id, b.id),
    };
  },
  search: async (_parent, { text, first }, context) => {
    if (text.trim().length > 200) throw apiError('BAD_USER_INPUT', 'Search text must be at most 200 characters.', 'text');
    return searchWithFallbacks(context, text, boundedInt('first', first, 10, 1, 50));
  },
};
