import { isDeepStrictEqual } from 'node:util';
import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';
import { readCypher } from '../../src/graph/cypher-files.ts';
import { FACT_RELATIONSHIPS } from '../../src/graph/read/relationship-queries.ts';

/**
 * One operation measured twice: as a GraphQL request to the service, and as the equivalent plain Cypher
 * (cypher/bench/plain-*.cypher) through neo4j-driver. Both answers are reduced to one comparable shape,
 * so the benchmark can prove before measuring that both sides answer the same question the same way.
 */
export interface Operation {
  name: string;
  /** What is asked, in words, with the chosen ids. */
  description: string;
  document: string;
  variables: Record<string, unknown>;
  cypherName: string;
  parameters: Record<string, unknown>;
  /** The GraphQL `data`, reduced; throws when the answer is not a real one. */
  fromGraphql(data: Record<string, unknown>): unknown;
  fromCypher(records: RecordShape[]): unknown;
  /** The size of a comparable answer, in words: "1 country", "20 of 292 counterparts". */
  summary(answer: unknown): string;
  /** Extra requirement on a comparable answer (non-empty, path length ...); a reason when unmet. */
  requirement(answer: unknown): string | undefined;
  /** When true, answers must be equal; otherwise `sameEnough` decides (several equally short paths). */
  sameEnough?(graphql: unknown, cypher: unknown): boolean;
}

interface Named {
  id: string;
  name: string;
}

export function countryLookup(code: string): Operation {
  const shape = (country: (Named & { aliases: string[] }) | null | undefined) =>
    country ? { id: country.id, name: country.name, aliases: [...country.aliases].sort() } : null;
  return {
    name: 'lookup',
    description: `country(key: "${code}") { id name aliases }: a country by ISO code`,
    document: 'query Lookup($key: String!) { country(key: $key) { id name aliases } }',
    variables: { key: code },
    cypherName: 'bench/plain-country-by-iso',
    parameters: { code },
    fromGraphql: (data) => shape(data.country as (Named & { aliases: string[] }) | null),
    fromCypher: (records) => shape(records[0] as (Named & { aliases: string[] }) | undefined),
    summary: (answer) => (answer === null ? 'no country' : '1 country'),
    requirement: (answer) => (answer === null ? 'no country found' : undefined),
  };
}

/** Counterparts on the page each side answers: who met whom's page size in the benchmark. */
export const WHO_MET_PAGE = 20;
/** Meetings of each counterpart each side answers: the API's default for Counterpart.meetings. */
const MEETINGS_PER_COUNTERPART = 20;

type CounterpartAnswer = Named & { meetings: Array<{ id: string; date: string | null }> };

export function whoMetWhom(party: Named): Operation {
  const shape = (totalCount: number, counterparts: CounterpartAnswer[]) => ({
    totalCount,
    counterparts: counterparts.map((row) => ({
      id: row.id,
      name: row.name,
      meetings: row.meetings.map((meeting) => ({ id: meeting.id, date: meeting.date })),
    })),
  });
  return {
    name: 'who-met-whom',
    description: `whoMet(${party.id}, first: ${WHO_MET_PAGE}) — ${party.name}: the first page of counterparts with their meetings, and their total count`,
    document:
      'query WhoMet($party: ID!, $first: Int) { whoMet(party: { id: $party }, first: $first) { totalCount edges { node { counterpart { ... on Person { id name } ... on Country { id name } ... on Organization { id name } } meetings { id date { iso } } } } } }',
    variables: { party: party.id, first: WHO_MET_PAGE },
    cypherName: 'bench/plain-who-met',
    parameters: { party: party.id, first: neo4j.int(WHO_MET_PAGE), meetings: neo4j.int(MEETINGS_PER_COUNTERPART) },
    fromGraphql: (data) => {
      const page = data.whoMet as {
        totalCount: number;
        edges: Array<{ node: { counterpart: Named; meetings: Array<{ id: string; date: { iso: string } | null }> } }>;
      };
      return shape(
        page.totalCount,
        // The API's PartialDate against the plain side's date text: its iso is that text.
        page.edges.map(({ node }) => ({
          ...node.counterpart,
          meetings: node.meetings.map((meeting) => ({ id: meeting.id, date: meeting.date?.iso ?? null })),
        })),
      );
    },
    fromCypher: (records) => {
      const row = records[0] as { totalCount: number; counterparts: CounterpartAnswer[] } | undefined;
      return shape(row?.totalCount ?? 0, row?.counterparts ?? []);
    },
    summary: (answer) => {
      const page = answer as { totalCount: number; counterparts: CounterpartAnswer[] };
      const meetings = page.counterparts.reduce((sum, row) => sum + row.meetings.length, 0);
      return `${page.counterparts.length} of ${page.totalCount} counterparts, ${meetings} meetings with them`;
    },
    requirement: (answer) => ((answer as { counterparts: unknown[] }).counterparts.length === 0 ? 'no counterparts' : undefined),
  };
}

interface PathAnswer {
  length: number;
  /** "id -TYPE> id <TYPE- id ..." */
  signature: string;
}

export function farPath(from: string, to: string, hops: number): Operation {
  const steps = (path: Array<{ relationship: string; direction: string; from: string; to: string }>) =>
    path
      .map(
        (step, index) =>
          `${index === 0 ? step.from : ''} ${step.direction === 'FORWARD' ? `-${step.relationship}>` : `<${step.relationship}-`} ${step.to}`,
      )
      .join('');
  return {
    name: `path (${hops} hops)`,
    description: `paths(${from} → ${to}, maxHops: 6): ${hops} fact relationships apart`,
    document:
      'query Paths($from: ID!, $to: ID!) { paths(from: { id: $from }, to: { id: $to }, maxHops: 6) { length steps { relationship direction from { id name } to { id name } } } }',
    variables: { from, to },
    cypherName: 'bench/plain-paths',
    parameters: { from, to, limit: neo4j.int(3) },
    fromGraphql: (data) =>
      (data.paths as Array<{ length: number; steps: Array<{ relationship: string; direction: string; from: Named; to: Named }> }>).map(
        (path): PathAnswer => ({
          length: path.length,
          signature: steps(
            path.steps.map((step) => ({ relationship: step.relationship, direction: step.direction, from: step.from.id, to: step.to.id })),
          ),
        }),
      ),
    fromCypher: (records) =>
      (records as Array<{ nodes: Named[]; relationships: Array<{ type: string; startId: string }> }>).map((row): PathAnswer => ({
        length: row.relationships.length,
        signature: steps(
          row.relationships.map((rel, index) => ({
            relationship: rel.type,
            direction: rel.startId === row.nodes[index]!.id ? 'FORWARD' : 'BACKWARD',
            from: row.nodes[index]!.id,
            to: row.nodes[index + 1]!.id,
          })),
        ),
      })),
    summary: (answer) => `${(answer as PathAnswer[]).length} paths`,
    requirement: (answer) => {
      const paths = answer as PathAnswer[];
      if (paths.length === 0) return 'no path';
      const wrong = paths.find((path) => path.length !== hops);
      return wrong ? `a path of ${wrong.length} hops, not ${hops}` : undefined;
    },
    // Many paths may be equally short; which three each side returns first is the database's choice.
    sameEnough: (graphql, cypher) =>
      (graphql as PathAnswer[]).length === (cypher as PathAnswer[]).length &&
      (graphql as PathAnswer[]).every((path) => path.length === hops) &&
      (cypher as PathAnswer[]).every((path) => path.length === hops),
  };
}

export function answersAgree(operation: Operation, graphql: unknown, cypher: unknown): boolean {
  return isDeepStrictEqual(graphql, cypher) || (operation.sameEnough?.(graphql, cypher) ?? false);
}

/** The person who attended the most events: who-met-whom's party. */
export async function wellConnectedPerson(driver: Driver, database: string): Promise<Named & { events: number }> {
  const { records } = await driver.executeQuery(readCypher('bench/well-connected-person'), {}, { database, routing: neo4j.routing.READ });
  const row = records[0]?.toObject() as (Named & { events: number }) | undefined;
  if (!row) throw new Error('the graph has no person who attended an event');
  return row;
}

const ENTITY_PREFIXES = ['country:', 'person:', 'org:', 'place:', 'topic:'];
const isEntity = (id: string) => ENTITY_PREFIXES.some((prefix) => id.startsWith(prefix));

function distancesFrom(adjacency: Map<string, string[]>, start: string): Map<string, number> {
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of adjacency.get(id) ?? []) {
        if (!distance.has(neighbour)) {
          distance.set(neighbour, distance.get(id)! + 1);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

/**
 * Two entities (countries, persons, organizations, places, topics) `wanted` fact relationships apart,
 * found by breadth-first search over the graph's fact relationships (the ones paths() walks by
 * default): from `seed`, the farthest entity; from there, the first entity (by id) at `wanted` hops, or
 * the farthest one when none is that far. Deterministic for a given graph.
 */
export async function farApartEntities(
  driver: Driver,
  database: string,
  seed: string,
  wanted: number,
): Promise<{ from: string; to: string; hops: number; farthest: number }> {
  const { records } = await driver.executeQuery(
    readCypher('bench/fact-edges'),
    { types: [...FACT_RELATIONSHIPS] },
    { database, routing: neo4j.routing.READ },
  );
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const record of records) {
    const a = record.get('a') as string;
    const b = record.get('b') as string;
    link(a, b);
    link(b, a);
  }
  const farthestEntity = (distances: Map<string, number>) => {
    const entities = [...distances].filter(([id]) => isEntity(id)).sort(([a, da], [b, db]) => db - da || a.localeCompare(b));
    return entities[0]!;
  };
  const [from] = farthestEntity(distancesFrom(adjacency, seed));
  const fromStart = distancesFrom(adjacency, from);
  const [, farthest] = farthestEntity(fromStart);
  const hops = Math.min(wanted, farthest);
  const to = [...fromStart]
    .filter(([id, distance]) => distance === hops && isEntity(id))
    .map(([id]) => id)
    .sort()[0]!;
  return { from, to, hops, farthest };
}
