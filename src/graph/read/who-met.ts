import neo4j from 'neo4j-driver';
import { isCountryId } from './country-ids.ts';
import type { GraphReader } from './graph-reader.ts';
import type { PageCursor } from './list-queries.ts';
import { partialRow, type PartialNode } from './partial-row.ts';
import type { CounterpartRow } from './rows.ts';

/** One page of who met whom: the counterparts in order, each with the cursor position it ends at. */
export interface CounterpartPage {
  /** How many counterparts there are over all pages: for a country a query of its own, sent only when called. */
  totalCount: () => Promise<number>;
  counterparts: Array<CounterpartRow & { position: PageCursor }>;
  hasNextPage: boolean;
}

/**
 * The meeting properties the meeting record's index key answers alone ("YYYY-MM-DD id", write-events.cypher):
 * when a request shows no other, a meeting with a full date costs no read of its event.
 */
const KEY_PROPERTIES: ReadonlySet<string> = new Set(['id', 'date', 'dateText']);

/**
 * A LIMIT for a cursor that does not say how many came before it (one given out before cursors carried
 * it): every MET of each side, which is always enough.
 */
const EVERY_COUNTERPART = 2 ** 31 - 1;

/**
 * Who met `partyId`, one page of `first` counterparts after `after`, each with its newest `meetings`
 * meetings and, unless `countMeetings` is false, how many there are, read with the given properties
 * only (they must include id). The rows are partial: fit for the fields that asked for them, not for the
 * node loader. Empty when the party met nobody or does not exist.
 *
 * A country's counterparts include its representatives' (who-met-of-country.cypher), anyone else's are
 * their own (who-met-of-party.cypher). A country's page is read from each of its sides up to the
 * position the page ends at, so each position carries its ordinal (how many counterparts up to it).
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
    /** Whether to count each counterpart's meetings: a country's count reads every one of them (a person's is kept on MET). */
    countMeetings?: boolean;
  },
): Promise<CounterpartPage> {
  const { partyId, first, after, properties } = request;
  const countMeetings = request.countMeetings ?? true;
  const parameters = {
    party: partyId,
    afterKey: after === null ? null : neo4j.int(after.sortKey),
    afterId: after?.id ?? null,
    // One more than asked for, to know whether another page follows.
    pageSize: neo4j.int(first + 1),
    meetings: neo4j.int(request.meetings),
    counterpartProperties: properties.counterpart,
    eventProperties: properties.event,
    readEvents: !properties.event.every((property) => KEY_PROPERTIES.has(property)),
  };
  const { rows, totalCount } = isCountryId(partyId)
    ? await readCountryPage(reader, { ...parameters, reach: reachAfter(after, first), countMeetings })
    : await readPartyPage(reader, parameters);
  return {
    totalCount,
    hasNextPage: rows.length > first,
    counterparts: rows.slice(0, first).map(({ label, values, sortKey, meetingCount, meetings }, index) => {
      const counterpart = partialRow(label, properties.counterpart, values);
      // After a cursor without its ordinal, how many came before is not known: the next pages read each side whole too.
      const ordinal = after === null ? index + 1 : after.ordinal === undefined ? undefined : after.ordinal + index + 1;
      return {
        position: ordinal === undefined ? { sortKey, id: counterpart.id } : { sortKey, id: counterpart.id, ordinal },
        counterpart,
        meetingCount,
        meetings: meetings.map((meetingValues) => partialRow('Event', properties.event, meetingValues)),
      };
    }),
  };
}

type CounterpartValues = PartialNode & { sortKey: number; meetingCount: number | null; meetings: unknown[][] };

/**
 * How far to read each side of a country: as many counterparts as the pages before the cursor showed,
 * this page's and one more (who-met-of-country.cypher says why that is enough).
 */
function reachAfter(after: PageCursor | null, first: number): neo4j.Integer {
  const shown = after === null ? 0 : (after.ordinal ?? EVERY_COUNTERPART);
  return neo4j.int(Math.min(EVERY_COUNTERPART, shown + first + 1));
}

/** A country's page; its count is a query of its own over every MET of its sides, sent only when called. */
async function readCountryPage(reader: GraphReader, parameters: Record<string, unknown>) {
  const rows = await reader.read<CounterpartValues>('api/who-met-of-country', parameters);
  const totalCount = async () => {
    const [row] = await reader.read<{ totalCount: number }>('api/who-met-of-country-count', { party: parameters.party });
    return row?.totalCount ?? 0;
  };
  return { rows, totalCount };
}

/** A person's or an organization's page, with its count (the party's MET degree, which Neo4j keeps) in the same read. */
async function readPartyPage(reader: GraphReader, parameters: Record<string, unknown>) {
  const [answer] = await reader.read<{ totalCount: number; counterparts: CounterpartValues[] }>('api/who-met-of-party', parameters);
  return { rows: answer?.counterparts ?? [], totalCount: () => Promise.resolve(answer?.totalCount ?? 0) };
}
