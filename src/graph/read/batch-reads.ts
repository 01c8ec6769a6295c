import neo4j from 'neo4j-driver';
import { toSourceRows, type StoredEvidence } from './evidence-lists.ts';
import type { GraphReader } from './graph-reader.ts';
import { degreeThatWalks, walkAllItems, type WalkedList } from './walk-or-expand.ts';
import type { ArticleReportsRow, EntityTiesRow, NodeRow, SourceRow } from './rows.ts';

/**
 * Reads keyed by node id, one query for a whole batch of ids: the API's DataLoaders call these, so a
 * nested GraphQL selection costs one round trip per level, not one per parent.
 */

export async function readNodes(reader: GraphReader, ids: readonly string[]): Promise<Map<string, NodeRow>> {
  const rows = await reader.read<{ id: string; node: NodeRow }>('api/nodes-by-id', { ids });
  return new Map(rows.map((row) => [row.id, row.node]));
}

/**
 * The first `first` sources naming each entity, newest articles first: an index seek on the mentions'
 * (entity, article key), so a much-cited entity's first page costs `first` mentions, not every one.
 */
export async function readMentionSources(reader: GraphReader, ids: readonly string[], first: number): Promise<Map<string, SourceRow[]>> {
  const rows = await reader.read<StoredEvidence & { id: string; articleId: string }>('api/mention-sources', {
    ids,
    first: neo4j.int(first),
  });
  const byId = new Map<string, SourceRow[]>();
  for (const row of rows) {
    let sources = byId.get(row.id);
    if (sources === undefined) byId.set(row.id, (sources = []));
    if (sources.length < first) sources.push(...toSourceRows(row).slice(0, first - sources.length));
  }
  return byId;
}

/**
 * The rows of the `walk` query for the ids whose degree makes walking all items cheaper, and of the `few`
 * query for the others (walk-or-expand.ts); ids with no items are not asked about.
 */
async function readWalkedOrFew<Row>(
  reader: GraphReader,
  degrees: ReadonlyArray<{ id: string; degree: number; all: number }>,
  first: number,
  queries: { list: WalkedList; few: string; walk: string },
): Promise<Row[]> {
  const walked = degrees.filter(({ degree, all }) => walkAllItems(queries.list, degree, first, all)).map(({ id }) => id);
  const few = degrees.filter(({ id, degree }) => degree > 0 && !walked.includes(id)).map(({ id }) => id);
  const read = (query: string, batch: string[]) =>
    batch.length === 0 ? Promise.resolve([]) : reader.read<Row>(query, { ids: batch, first: neo4j.int(first) });
  return (await Promise.all([read(queries.few, few), read(queries.walk, walked)])).flat();
}

/**
 * The first `first` events of each node, newest first: as for sources, whichever way reads fewer events,
 * the node's own (few) or all events newest first until `first` are its own (many).
 */
export async function readEventsOfNodes(reader: GraphReader, ids: readonly string[], first: number): Promise<Map<string, string[]>> {
  const degrees = (await readEventDegrees(reader, ids, first)).map(({ id, degree, events }) => ({ id, degree, all: events }));
  const rows = await readWalkedOrFew<{ id: string; eventIds: string[] }>(reader, degrees, first, {
    list: 'events',
    few: 'api/events-of-nodes-few',
    walk: 'api/events-of-nodes-walk',
  });
  return new Map(rows.map((row) => [row.id, row.eventIds]));
}

/**
 * How many events each entity is tied to, as far as it matters for choosing walk or expand for a page of
 * `first`: its own relationships' counts, and for a country its representatives' attendances (the sum of
 * their degrees, in a second query, only for countries not decided by their own).
 */
export async function readEventDegrees(
  reader: GraphReader,
  ids: readonly string[],
  first: number,
): Promise<Array<{ id: string; degree: number; events: number }>> {
  const own = await reader.read<{ id: string; degree: number; events: number; isCountry: boolean }>('api/event-degrees', { ids });
  const events = own[0]?.events ?? 0;
  const enough = degreeThatWalks('events', first, events);
  const undecided = own.filter((row) => row.isCountry && row.degree < enough).map((row) => row.id);
  const represented =
    undecided.length === 0 ? [] : await reader.read<{ id: string; attendances: number }>('api/represented-attendances', { ids: undecided });
  const extra = new Map(represented.map((row) => [row.id, row.attendances]));
  return own.map(({ id, degree }) => ({ id, events, degree: degree + (extra.get(id) ?? 0) }));
}

/**
 * Each entity's country, offices and memberships (each with its key, for readTieSources), plus the nodes
 * they lead to (read in the same query).
 */
export async function readEntityTies(
  reader: GraphReader,
  ids: readonly string[],
): Promise<{ ties: Map<string, EntityTiesRow>; nodes: NodeRow[] }> {
  const rows = await reader.read<EntityTiesRow & { id: string; nodes: NodeRow[] }>('api/entity-ties', { ids });
  const ties = new Map(rows.map(({ id, countryId, offices, memberships }) => [id, { countryId, offices, memberships }]));
  return { ties, nodes: rows.flatMap((row) => row.nodes) };
}

/**
 * The first `first` sources of each tie between facts (an office, a membership, a path step), by the
 * tie's key, newest articles first: a page read on an index, however many articles state the tie. A tie
 * no article states (reference data only) has none.
 */
export async function readTieSources(reader: GraphReader, facts: readonly string[], first: number): Promise<Map<string, SourceRow[]>> {
  const rows = await reader.read<SourceRow & { fact: string }>('api/tie-sources', { facts, first: neo4j.int(first) });
  const byFact = new Map<string, SourceRow[]>();
  for (const { fact, ...source } of rows) {
    let sources = byFact.get(fact);
    if (sources === undefined) byFact.set(fact, (sources = []));
    sources.push(source);
  }
  return byFact;
}

export async function readArticleReports(reader: GraphReader, ids: readonly string[]): Promise<Map<string, ArticleReportsRow>> {
  const rows = await reader.read<ArticleReportsRow & { id: string }>('api/article-reports', { ids });
  return new Map(rows.map(({ id, ...reports }) => [id, reports]));
}
