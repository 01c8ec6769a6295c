import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';
import { addCounters, type WriteCounters } from './write-counters.ts';

/**
 * How many of a pair's newest meeting keys MET keeps (refresh-meetings.cypher): as many as whoMet shows
 * of a counterpart by default (`meetings(first: 20)` in schema/graph.graphql), so a page of counterparts
 * is answered from their MET alone. Migration 0020 keeps as many.
 */
export const KEPT_MEETING_KEYS = 20;

/** What an article reported, read before it is retracted (former-reports.cypher). */
export interface FormerReports {
  /** Its events: once they have changed or gone, refreshMeetings must mend their records and MET too. */
  eventIds: string[];
  /** The country pairs of its events and agreements: their counts, once those have gone, must be counted again. */
  countryPairs: string[];
}

export const NO_FORMER_REPORTS: FormerReports = { eventIds: [], countryPairs: [] };

export async function formerReportsOf(tx: ManagedTransaction, articleId: string): Promise<FormerReports> {
  const result = await tx.run(readCypher('load/former-reports'), { articleId });
  const record = result.records[0];
  if (record === undefined) return NO_FORMER_REPORTS;
  return { eventIds: record.get('eventIds') as string[], countryPairs: record.get('countryPairs') as string[] };
}

/**
 * Brings the meeting records, MET (the derived "met" relationship whoMet reads), the country-pair records
 * (the meetings between two countries) and the country pairs' counts up to date, in the caller's
 * transaction, for every event the write may have changed: those `articleIds` report now, and those the
 * `former` reports of a retracted article name. Every party of those events' pairs is locked first
 * (lock-meeting-pairs.cypher), so that a concurrent load adjusting the same pair's MET cannot lose this
 * one's adjustment, or this one theirs. What it creates and deletes is counted with the rest, so that the counters still add up to the
 * graph (the lock is bookkeeping and is not counted).
 */
export async function refreshMeetings(
  tx: ManagedTransaction,
  articleIds: readonly string[],
  former: FormerReports,
  counters: WriteCounters,
): Promise<void> {
  const eventIds = await refreshMeetingRecords(tx, articleIds, former.eventIds, counters);
  const changedPairs = await refreshCountryMeetings(tx, eventIds, counters);
  await recountCountryPairs(tx, articleIds, [...new Set([...changedPairs, ...former.countryPairs])], counters);
}

/** The meeting records and MET of the events the write may have changed; answers those events. */
async function refreshMeetingRecords(
  tx: ManagedTransaction,
  articleIds: readonly string[],
  formerEventIds: readonly string[],
  counters: WriteCounters,
): Promise<string[]> {
  if (articleIds.length === 0 && formerEventIds.length === 0) return [];
  const locked = await tx.run(readCypher('load/lock-meeting-pairs'), { articleIds, eventIds: formerEventIds });
  const eventIds = (locked.records[0]?.get('eventIds') as string[] | undefined) ?? [];
  if (eventIds.length === 0) return [];
  const result = await tx.run(readCypher('load/refresh-meetings'), { eventIds, keptKeys: neo4j.int(KEPT_MEETING_KEYS) });
  addCounters(counters, result.summary.counters.updates());
  return eventIds;
}

/**
 * The country-pair records (refresh-country-meetings.cypher) of those events and of every event of a
 * person whose countries the write changed. Always run: a retraction may have taken a person's
 * country with no event of its own to refresh, and the mark it left must go in this transaction.
 */
async function refreshCountryMeetings(tx: ManagedTransaction, eventIds: readonly string[], counters: WriteCounters): Promise<string[]> {
  const locked = await tx.run(readCypher('load/lock-country-meeting-events'), { eventIds });
  const lockedIds = (locked.records[0]?.get('eventIds') as string[] | undefined) ?? [];
  if (lockedIds.length === 0) return [];
  const result = await tx.run(readCypher('load/refresh-country-meetings'), { eventIds: lockedIds });
  addCounters(counters, result.summary.counters.updates());
  return result.records.flatMap((record) => record.get('changedPairs') as string[]);
}

/**
 * The meeting and agreement counts of the country pairs the write changed (recount-country-pairs.cypher):
 * those `changedPairs` name and those of the agreements `articleIds` report.
 */
async function recountCountryPairs(
  tx: ManagedTransaction,
  articleIds: readonly string[],
  changedPairs: readonly string[],
  counters: WriteCounters,
): Promise<void> {
  if (articleIds.length === 0 && changedPairs.length === 0) return;
  const result = await tx.run(readCypher('load/recount-country-pairs'), { articleIds, pairs: changedPairs });
  addCounters(counters, result.summary.counters.updates());
}
