import neo4j from 'neo4j-driver';
import type { GraphReader } from './graph-reader.ts';
import type { CounterpartRow, PathRow, SearchHitRow } from './rows.ts';
import { fuzzyForFullText, quoteForFullText } from './find-entity.ts';
import type { PageCursor } from './list-queries.ts';
import { partialRow, type PartialNode } from './partial-row.ts';

/** Relationships a path may use by default: facts, not the article bookkeeping (MENTIONS, REPORTED_IN). */
export const FACT_RELATIONSHIPS = [
  'ATTENDED',
  'HELD_IN',
  'ABOUT',
  'PARTY_TO',
  'SIGNED_AT',
  'HOLDS_OFFICE',
  'REPRESENTS',
  'LOCATED_IN',
  'BASED_IN',
  'MEMBER_OF',
] as const;

/** One page of who met whom: the counterparts in order, each with the cursor position it ends at. */
export interface CounterpartPage {
  totalCount: number;
  counterparts: Array<CounterpartRow & { position: PageCursor }>;
  hasNextPage: boolean;
}

/** Country ids are `country:<iso2>`: the knowledge base refuses any other (check-references.ts). */
const isCountryId = (id: string) => id.startsWith('country:');

/**
 * Who met `partyId`, one page of `first` counterparts after `after`, each with its newest `meetings`
 * meetings and how many there are, read with the given properties only (they must include id). The rows
 * are partial: fit for the fields that asked for them, not for the node loader. Empty when the party met
 * nobody or does not exist.
 *
 * A country's counterparts include its representatives' (who-met-of-country.cypher), anyone else's are
 * their own (who-met-of-party.cypher).
 */
export async function readWhoMet(
  reader: GraphReader,
  request: {
    partyId: string;
    first: number;
    after: PageCursor | null;
    /** How many of each counterpart's meetings to read, newest first (0 when the request shows none). */
    meetings: number;
    properties: { counterpart: readonly string[]; event: readonly string[] };
  },
): Promise<CounterpartPage> {
  interface Answer {
    totalCount: number;
    counterparts: Array<PartialNode & { sortKey: number; meetingCount: number; meetings: unknown[][] }>;
  }
  const { properties } = request;
  const [answer] = await reader.read<Answer>(isCountryId(request.partyId) ? 'api/who-met-of-country' : 'api/who-met-of-party', {
    party: request.partyId,
    afterKey: request.after === null ? null : neo4j.int(request.after.sortKey),
    afterId: request.after?.id ?? null,
    // One more than asked for, to know whether another page follows.
    pageSize: neo4j.int(request.first + 1),
    meetings: neo4j.int(request.meetings),
    counterpartProperties: properties.counterpart,
    eventProperties: properties.event,
  });
  if (answer === undefined) return { totalCount: 0, counterparts: [], hasNextPage: false };
  return {
    totalCount: answer.totalCount,
    hasNextPage: answer.counterparts.length > request.first,
    counterparts: answer.counterparts.slice(0, request.first).map(({ label, values, sortKey, meetingCount, meetings }) => {
      const counterpart = partialRow(label, properties.counterpart, values);
      return {
        position: { sortKey, id: counterpart.id },
        counterpart,
        meetingCount,
        meetings: meetings.map((meetingValues) => partialRow('Event', properties.event, meetingValues)),
      };
    }),
  };
}

interface StoredStep {
  type: string;
  startId: string;
  /** MEMBER_OF's status: member, observer, dialogue-partner ... */
  status: string | null;
  /** The tie's key, under which its sources are read (readTieSources); null for MENTIONS and REPORTED_IN. */
  fact: string | null;
}

/** Whether `types` are exactly the fact relationships, which shortest-paths.cypher names in its pattern. */
function areFactRelationships(types: readonly string[]): boolean {
  const wanted = new Set(types);
  return wanted.size === FACT_RELATIONSHIPS.length && FACT_RELATIONSHIPS.every((type) => wanted.has(type));
}

/**
 * The shortest paths between two nodes (all of one, shortest length; none from a node to itself), each
 * step with its ends read with `nodeProperties` only (they must include id and name) and the key its
 * sources are read under, a page at a time (readTieSources). Empty when there is no path within maxHops
 * or a node does not exist.
 */
export async function readShortestPaths(
  reader: GraphReader,
  request: {
    from: string;
    to: string;
    maxHops: number;
    relationshipTypes: readonly string[];
    limit: number;
    nodeProperties: readonly string[];
  },
): Promise<PathRow[]> {
  const query = areFactRelationships(request.relationshipTypes) ? 'api/shortest-paths' : 'api/shortest-paths-of-types';
  const rows = await reader.read<{ nodeIds: string[]; nodes: PartialNode[]; relationships: StoredStep[] }>(query, {
    from: request.from,
    to: request.to,
    // neo4j.int: JavaScript numbers travel as floats, and LIMIT or a length bound needs an integer.
    maxHops: neo4j.int(request.maxHops),
    types: request.relationshipTypes,
    limit: neo4j.int(request.limit),
    nodeProperties: request.nodeProperties,
  });
  return rows.map(({ nodeIds, nodes, relationships }) => {
    const ends = nodes.map((node) => partialRow(node.label, request.nodeProperties, node.values));
    return {
      length: relationships.length,
      steps: relationships.map((relationship, index) => ({
        from: ends[index]!,
        to: ends[index + 1]!,
        relationship: relationship.type,
        direction: relationship.startId === nodeIds[index] ? 'FORWARD' : 'BACKWARD',
        status: relationship.status,
        fact: relationship.fact,
      })),
    };
  });
}

/** Full-text search; the user's words are matched as words, never as Lucene syntax. */
/**
 * Full-text hits for the words typed: exactly as typed, or (fuzzy) each word within two edits of a
 * name's word, for misspellings ("Tokaiev").
 */
export async function readSearch(
  reader: GraphReader,
  text: string,
  first: number,
  options: { fuzzy?: boolean } = {},
): Promise<SearchHitRow[]> {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return [];
  const query = words.map(options.fuzzy === true ? fuzzyForFullText : quoteForFullText).join(' ');
  return reader.read<SearchHitRow>('api/search', { query, first: neo4j.int(first) });
}

export async function readCountryRelations(
  reader: GraphReader,
  a: string,
  b: string,
): Promise<{ agreementIds: string[]; organizationIds: string[] }> {
  const [row] = await reader.read<{ agreementIds: string[]; organizationIds: string[] }>('api/country-relations', { a, b });
  return row ?? { agreementIds: [], organizationIds: [] };
}
