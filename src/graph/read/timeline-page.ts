import neo4j from 'neo4j-driver';
import { readEventDegrees } from './batch-reads.ts';
import type { GraphReader } from './graph-reader.ts';
import { comparePositions, dayNumber, dayText, keyRange, UNDATED_DAY, type PageCursor } from './list-queries.ts';
import { walkAllItems } from './walk-or-expand.ts';

/** One entry of an entity's timeline: an event or an agreement, its date and its place in the order. */
export interface TimelineItem {
  id: string;
  date: string | null;
  isEvent: boolean;
  position: PageCursor;
}

export interface TimelinePage {
  items: TimelineItem[];
  hasNextPage: boolean;
  /** How many entries the timeline has within the dates: a query over all of them, sent only when called. */
  totalCount: () => Promise<number>;
}

/** A timeline position's sort key: the day as YYYYMMDD (undated last) doubled, and on one day events before agreements. */
export function timelineSortKey(date: string | null, isEvent: boolean): number {
  return dayNumber(date) * 2 + (isEvent ? 0 : 1);
}

/** The date part of the oldest-first keys (migrations 0013, 0014) of a timeline position's day. */
function dayKeyOf(after: PageCursor): string {
  const day = Math.floor(after.sortKey / 2);
  return day === UNDATED_DAY ? '9999-99-99' : dayText(day);
}

/** The oldestFirstKey (migration 0013) that the events after a timeline position come after. */
function eventKeyAfter(after: PageCursor): string {
  const dayKey = dayKeyOf(after);
  // After an agreement come the next days' events: "~" sorts after the space and every character of an id.
  return after.sortKey % 2 === 1 ? `${dayKey}~` : `${dayKey} ${after.id}`;
}

/** The oldestFirstKey (migration 0014) that the agreements after a timeline position come after. */
function agreementKeyAfter(after: PageCursor): string {
  const dayKey = dayKeyOf(after);
  // After an event come that day's agreements: every key of the day ("YYYY-MM-DD <id>") sorts after the bare day.
  return after.sortKey % 2 === 1 ? `${dayKey} ${after.id}` : dayKey;
}

/**
 * One page of an entity's timeline, oldest first (undated last; on one day events before agreements,
 * each by id), within [from, to] (YYYY-MM-DD; a range leaves the undated out), after a cursor: the first
 * `first` + 1 events and the first `first` + 1 agreements after it, each read in Cypher with ORDER BY ...
 * LIMIT, merged here. The events of an entity in many (Kazakhstan) are walked on the index of their key,
 * those of an entity in few read from its own (walk-or-expand.ts); its agreements likewise.
 */
export async function readTimelinePage(
  reader: GraphReader,
  request: { entity: string; from: string | null; to: string | null; first: number; after: PageCursor | null },
): Promise<TimelinePage> {
  const { entity, from, to, first, after } = request;
  const pageSize = neo4j.int(first + 1);
  const readEvents = async () => {
    const [degree] = await readEventDegrees(reader, [entity], first + 1);
    if (degree === undefined || degree.degree === 0) return [];
    const query = walkAllItems('events', degree.degree, first + 1, degree.events) ? 'api/timeline-events-walk' : 'api/timeline-events-few';
    const keys = { afterKey: after === null ? '' : eventKeyAfter(after), ...keyRange(from, to) };
    return reader.read<{ id: string; date: string | null }>(query, { entity, pageSize, ...keys });
  };
  const readAgreements = async () => {
    const [degree] = await reader.read<{ degree: number; agreements: number }>('api/party-agreement-degrees', { ids: [entity] });
    if (degree === undefined || degree.degree === 0) return [];
    const query = walkAllItems('agreements', degree.degree, first + 1, degree.agreements)
      ? 'api/timeline-agreements-walk'
      : 'api/timeline-agreements-few';
    const keys = { afterKey: after === null ? '' : agreementKeyAfter(after), ...keyRange(from, to) };
    return reader.read<{ id: string; date: string | null }>(query, { entity, pageSize, ...keys });
  };
  const [events, agreements] = await Promise.all([readEvents(), readAgreements()]);
  const items = [...events.map((row) => ({ ...row, isEvent: true })), ...agreements.map((row) => ({ ...row, isEvent: false }))]
    .map((row) => ({ ...row, position: { sortKey: timelineSortKey(row.date, row.isEvent), id: row.id } }))
    .sort((x, y) => comparePositions(x.position, y.position));
  const totalCount = async () => {
    const [row] = await reader.read<{ totalCount: number }>('api/timeline-count', { entity, from, to });
    return row?.totalCount ?? 0;
  };
  return { items: items.slice(0, first), hasNextPage: items.length > first, totalCount };
}
