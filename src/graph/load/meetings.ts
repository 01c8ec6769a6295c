import type { ManagedTransaction } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';
import { addCounters, type WriteCounters } from './write-counters.ts';

/** Two parties (ids, the lower first) who attended an event together. */
export type MeetingPair = [string, string];

/**
 * The pairs who met at the events an article reports, read before the article is retracted: once its
 * events have changed or gone, refreshMeetings must mend these pairs' MET too.
 */
export async function meetingPairsOf(tx: ManagedTransaction, articleId: string): Promise<MeetingPair[]> {
  const result = await tx.run(readCypher('load/meeting-pairs'), { articleId });
  return result.records.map((record) => record.get('pair') as MeetingPair);
}

/**
 * Brings MET (the derived "met" relationship whoMet reads) up to date, in the caller's transaction, for
 * every pair the write may have changed: those at the events `articleIds` report now, and `formerPairs`.
 * Both parties of each pair are locked first (lock-meeting-pairs.cypher), so that a concurrent load that
 * changes the same pair's meetings cannot be overwritten by a MET computed without them.
 * What it creates and deletes is counted with the rest, so that the counters still add up to the graph
 * (the lock is bookkeeping and is not counted).
 */
export async function refreshMeetings(
  tx: ManagedTransaction,
  articleIds: readonly string[],
  formerPairs: readonly MeetingPair[],
  counters: WriteCounters,
): Promise<void> {
  if (articleIds.length === 0 && formerPairs.length === 0) return;
  const locked = await tx.run(readCypher('load/lock-meeting-pairs'), { articleIds, pairs: formerPairs });
  const pairs = locked.records.map((record) => record.get('pair') as MeetingPair);
  if (pairs.length === 0) return;
  const result = await tx.run(readCypher('load/refresh-meetings'), { pairs });
  addCounters(counters, result.summary.counters.updates());
}
