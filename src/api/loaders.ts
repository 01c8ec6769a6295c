import DataLoader from 'dataloader';
import {
  readArticleReports,
  readEntityTies,
  readEventsOfNodes,
  readMentionSources,
  readNodes,
  readTieSources,
} from '../graph/read/batch-reads.ts';
import { readAgreementDetails, readEventDetails } from '../graph/read/fact-parts.ts';
import type { GraphReader } from '../graph/read/graph-reader.ts';
import type { AgreementDetailsRow, EventDetailsRow, NodeRow, SourceRow } from '../graph/read/rows.ts';

/**
 * Dispatch a batch only after pending I/O callbacks and resolver promises have run (setImmediate rather
 * than DataLoader's default next tick), so that sibling fields at one level land in the same batch even
 * when they reached it through promise chains of different lengths.
 */
const schedule = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

/** Wraps a batch read returning a Map into a DataLoader that answers `fallback` for ids it lacks. */
function batched<Value>(read: (ids: readonly string[]) => Promise<Map<string, Value>>, fallback: Value): DataLoader<string, Value> {
  return new DataLoader(async (ids) => {
    const found = await read(ids);
    return ids.map((id) => found.get(id) ?? fallback);
  }, schedule);
}

/** One loader per page size, made on first use: a batch's query takes one LIMIT for all its keys. */
function perPageSize<Value>(make: (first: number) => DataLoader<string, Value>): (first: number) => DataLoader<string, Value> {
  const byFirst = new Map<number, DataLoader<string, Value>>();
  return (first) => {
    let loader = byFirst.get(first);
    if (loader === undefined) byFirst.set(first, (loader = make(first)));
    return loader;
  };
}

/** What a part is when the graph has none of it (or no such fact). */
const NO_EVENT_DETAILS: EventDetailsRow = { placeId: null, participantIds: [], topicIds: [], agreementIds: [], sources: [] };
const NO_AGREEMENT_DETAILS: AgreementDetailsRow = { partyIds: [], eventId: null, topicIds: [], sources: [] };

/** A part of a fact; for its sources, how many of them (a page). */
interface PartKey<Part> {
  id: string;
  part: Part;
  first: number;
}

/**
 * One part of a fact (an event's place, an agreement's parties, either's first sources ...), keyed by part
 * and id (and page size, for sources): a batch reads, in one query, the parts its resolvers asked for, of
 * all its facts, and no other part (src/graph/read/fact-parts.ts); sources as far as the largest page asked.
 */
function partsLoader<Row extends { sources: SourceRow[] }>(
  read: (ids: readonly string[], parts: ReadonlySet<keyof Row>, sourcesFirst: number) => Promise<Map<string, Partial<Row>>>,
  none: Row,
) {
  const loader = new DataLoader<PartKey<keyof Row>, unknown, string>(
    async (keys) => {
      const ids = [...new Set(keys.map((key) => key.id))];
      const sourcesFirst = Math.max(0, ...keys.filter((key) => key.part === 'sources').map((key) => key.first));
      const found = await read(ids, new Set(keys.map((key) => key.part)), sourcesFirst);
      return keys.map(({ id, part }) => found.get(id)?.[part] ?? none[part]);
    },
    { ...schedule, cacheKeyFn: ({ id, part, first }) => `${String(part)} ${first} ${id}` },
  );
  return <Part extends keyof Row>(id: string, part: Part, first = 0) => loader.load({ id, part, first }) as Promise<Row[Part]>;
}

/**
 * Per-request loaders: every nested field of a GraphQL operation goes through one of these, so all the
 * parents at one level are read in a single query (no N+1), and each node is read at most once.
 */
export function createLoaders(reader: GraphReader) {
  const node = new DataLoader(async (ids: readonly string[]) => {
    const found = await readNodes(reader, ids);
    return ids.map((id) => found.get(id) ?? null);
  }, schedule);
  /**
   * Caches nodes that a query read along with what it was asked for (who-met's counterparts, a path's
   * nodes, the ends of memberships ...), so the next level of the selection finds them without a query.
   */
  const primeNodes = (rows: readonly NodeRow[]): void => {
    for (const row of rows) node.prime(row.id, row);
  };
  const mentionSources = perPageSize((first) => batched((ids) => readMentionSources(reader, ids, first), []));
  const tieSources = perPageSize((first) => batched((facts) => readTieSources(reader, facts, first), []));
  const eventsOf = perPageSize((first) => batched((ids) => readEventsOfNodes(reader, ids, first), [] as string[]));
  return {
    node,
    primeNodes,
    /** Sources naming an entity, one loader per page size (a query's LIMIT is one number for the batch). */
    mentionSources,
    /** A tie's first sources (an office, a membership, a path step), by its key, one loader per page size. */
    tieSources,
    /** A node's first events, one loader per page size. */
    eventsOf,
    ties: batched(
      async (ids) => {
        const { ties, nodes } = await readEntityTies(reader, ids);
        primeNodes(nodes);
        return ties;
      },
      { countryId: null, offices: [], memberships: [] },
    ),
    /** An event's part, read only when selected: `eventDetail(id, 'placeId')`, `eventDetail(id, 'sources', first)`. */
    eventDetail: partsLoader((ids, parts, first) => readEventDetails(reader, ids, parts, first), NO_EVENT_DETAILS),
    /** An agreement's part, read only when selected: `agreementDetail(id, 'partyIds')`, `agreementDetail(id, 'sources', first)`. */
    agreementDetail: partsLoader((ids, parts, first) => readAgreementDetails(reader, ids, parts, first), NO_AGREEMENT_DETAILS),
    articleReports: batched((ids) => readArticleReports(reader, ids), { eventIds: [], agreementIds: [], publisher: null }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
