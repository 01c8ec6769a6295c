import DataLoader from 'dataloader';
import {
  type EventDetailPart,
  readAgreementDetails,
  readArticleReports,
  readEntityTies,
  readEventDetails,
  readEventsOfNodes,
  readMentionSources,
  readNodes,
  readTieSources,
} from '../graph/read/batch-reads.ts';
import type { GraphReader } from '../graph/read/graph-reader.ts';
import type { EventDetailsRow, NodeRow } from '../graph/read/rows.ts';

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

/** What an event's part is when the graph has none of it (or no such event). */
const NO_EVENT_DETAILS: EventDetailsRow = { placeId: null, participantIds: [], topicIds: [], agreementIds: [], sources: [] };

/** A part of an event; for its sources, how many of them (a page). */
interface EventDetailKey {
  id: string;
  part: EventDetailPart;
  first: number;
}

/**
 * One part of an event (its place, participants, topics, agreements or its first sources), keyed by part
 * and id (and page size, for sources): a batch reads, in one query, the parts its resolvers asked for, of
 * all its events, and no other part; sources as far as the largest page asked for.
 */
function eventDetailsLoader(reader: GraphReader) {
  const loader = new DataLoader<EventDetailKey, unknown, string>(
    async (keys) => {
      const ids = [...new Set(keys.map((key) => key.id))];
      const sourcesFirst = Math.max(0, ...keys.filter((key) => key.part === 'sources').map((key) => key.first));
      const found = await readEventDetails(reader, ids, new Set(keys.map((key) => key.part)), sourcesFirst);
      return keys.map(({ id, part }) => found.get(id)?.[part] ?? NO_EVENT_DETAILS[part]);
    },
    { ...schedule, cacheKeyFn: ({ id, part, first }) => `${part} ${first} ${id}` },
  );
  return <Part extends EventDetailPart>(id: string, part: Part, first = 0) =>
    loader.load({ id, part, first }) as Promise<EventDetailsRow[Part]>;
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
    eventDetail: eventDetailsLoader(reader),
    agreementDetails: batched((ids) => readAgreementDetails(reader, ids), { partyIds: [], eventId: null, topicIds: [], sources: [] }),
    articleReports: batched((ids) => readArticleReports(reader, ids), { eventIds: [], agreementIds: [], publisher: null }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
