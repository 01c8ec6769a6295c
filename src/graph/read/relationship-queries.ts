import neo4j from 'neo4j-driver';
import type { GraphReader } from './graph-reader.ts';
import type { PathRow, SearchHitRow } from './rows.ts';
import { fuzzyForFullText, quoteForFullText } from './find-entity.ts';
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

/** The organizations both countries belong to, by name (their meetings and agreements are read apart, when asked). */
export async function readSharedOrganizations(reader: GraphReader, a: string, b: string): Promise<string[]> {
  const [row] = await reader.read<{ organizationIds: string[] }>('api/country-relations', { a, b });
  return row?.organizationIds ?? [];
}
