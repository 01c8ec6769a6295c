import neo4j from 'neo4j-driver';
import { toSourceRows, type StoredEvidence } from './evidence-lists.ts';
import type { GraphReader } from './graph-reader.ts';
import type { AgreementDetailsRow, EventDetailsRow, SourceRow } from './rows.ts';

/**
 * The parts of events and agreements (an event's place and participants, an agreement's parties, each
 * one's topics and sources ...), read only when a request selects them: the statement takes the parts
 * asked for as `$parts`, each behind its flag in a subquery of its own, and answers the others null,
 * unread. Sources come newest articles first, from each fact's `$reportsFirst` newest reports.
 */

type StoredReports = Array<StoredEvidence & { articleId: string }>;

/** A fact's row as its details statement answers it: each part, or null when not asked for. */
type StoredParts<Row> = { [Part in keyof Row]: Row[Part] | null } & { id: string; reports: StoredReports | null };

/** The parts of one kind of fact: its details statement, and what each part is called in its $parts. */
interface FactParts<Row extends { sources: SourceRow[] }> {
  statement: string;
  names: Record<keyof Row, string>;
}

export type EventDetailPart = keyof EventDetailsRow;
export type AgreementDetailPart = keyof AgreementDetailsRow;

const EVENT_PARTS: FactParts<EventDetailsRow> = {
  statement: 'api/event-details',
  names: { placeId: 'place', participantIds: 'participants', topicIds: 'topics', agreementIds: 'agreements', sources: 'reports' },
};

const AGREEMENT_PARTS: FactParts<AgreementDetailsRow> = {
  statement: 'api/agreement-details',
  names: { partyIds: 'parties', eventId: 'signedAt', topicIds: 'topics', sources: 'reports' },
};

/**
 * The `parts` of each fact; a part not asked for is left out. Its sources, when asked for, are those of its
 * `sourcesFirst` newest reports, newest articles first: at least `sourcesFirst` sentences when it has them.
 */
async function readParts<Row extends { sources: SourceRow[] }>(
  kind: FactParts<Row>,
  reader: GraphReader,
  ids: readonly string[],
  parts: ReadonlySet<keyof Row>,
  sourcesFirst: number,
): Promise<Map<string, Partial<Row>>> {
  const rows = await reader.read<StoredParts<Omit<Row, 'sources'>>>(kind.statement, {
    ids,
    parts: [...parts].map((part) => kind.names[part]).sort(),
    reportsFirst: neo4j.int(parts.has('sources') ? sourcesFirst : 0),
  });
  return new Map(
    rows.map((row) => {
      const details: Partial<Row> = {};
      for (const part of parts) {
        const value = part === 'sources' ? (row.reports ?? []).flatMap(toSourceRows) : row[part as keyof typeof row];
        details[part] = value as Row[typeof part];
      }
      return [row.id, details];
    }),
  );
}

/** The `parts` of each event (event-details.cypher). */
export function readEventDetails(
  reader: GraphReader,
  ids: readonly string[],
  parts: ReadonlySet<EventDetailPart>,
  sourcesFirst = 0,
): Promise<Map<string, Partial<EventDetailsRow>>> {
  return readParts(EVENT_PARTS, reader, ids, parts, sourcesFirst);
}

/** The `parts` of each agreement (agreement-details.cypher). */
export function readAgreementDetails(
  reader: GraphReader,
  ids: readonly string[],
  parts: ReadonlySet<AgreementDetailPart>,
  sourcesFirst = 0,
): Promise<Map<string, Partial<AgreementDetailsRow>>> {
  return readParts(AGREEMENT_PARTS, reader, ids, parts, sourcesFirst);
}
