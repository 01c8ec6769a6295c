import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ExtractionResult } from '../../extract/contract/extraction-result.ts';
import { assertExtractionResult } from '../../extract/contract/validate-extraction-result.ts';
import { readCypher, splitStatements } from '../cypher-files.ts';
import { sameExtraction, stampOf, storedStamp } from './extraction-stamp.ts';
import { toGraphRows } from './graph-rows.ts';
import { formerReportsOf, NO_FORMER_REPORTS, refreshMeetings, type FormerReports } from './meetings.ts';
import { writeArticles } from './write-articles.ts';
import { addCounters, emptyCounters, type WriteCounters } from './write-counters.ts';

export type LoadStatus = 'new' | 'unchanged' | 'updated';

export interface LoadOutcome {
  articleId: string;
  status: LoadStatus;
  counters: WriteCounters;
}

/**
 * Writes one article's facts in one managed write transaction: the article is fully in the graph or
 * not at all, and the driver retries the whole unit on transient errors (deadlocks, leader changes).
 * An article whose content hash is already stored is left alone; a changed one first retracts what it
 * said before.
 */
export async function loadExtraction(driver: Driver, database: string, candidate: ExtractionResult): Promise<LoadOutcome> {
  const result = assertExtractionResult(candidate);
  const rows = toGraphRows(result);
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const counters = emptyCounters();
      const state = await tx.run(readCypher('load/claim-articles'), { articleIds: [rows.articleId] });
      // Only the nodes it created count: the lock and the claim mark are bookkeeping, not content.
      addCounters(counters, { ...emptyCounters(), nodesCreated: state.summary.counters.updates().nodesCreated });
      const record = state.records[0];
      const stored = record === undefined || record.get('claimed') === true ? undefined : storedStamp(record);
      if (stored !== undefined && sameExtraction(stored, stampOf(result)))
        return { articleId: rows.articleId, status: 'unchanged', counters };
      const former = stored === undefined ? NO_FORMER_REPORTS : await retract(tx, rows.articleId, counters);

      await writeArticles(tx, [rows], counters);
      await refreshMeetings(tx, [rows.articleId], former, counters);
      return { articleId: rows.articleId, status: stored === undefined ? 'new' : 'updated', counters };
    });
  } finally {
    await session.close();
  }
}

/**
 * Runs retract-article.cypher's steps in the caller's transaction, and answers what the article
 * reported before, its events and their and its agreements' country pairs (for refreshMeetings, once
 * the caller has written what follows). The nodes the
 * article touches are locked first (lock-article-facts.cypher: bookkeeping, not counted), so that a
 * concurrent load sharing them waits rather than loses a source to the retraction.
 */
export async function retract(tx: ManagedTransaction, articleId: string, counters: WriteCounters): Promise<FormerReports> {
  await tx.run(readCypher('load/lock-article-facts'), { articleId });
  const former = await formerReportsOf(tx, articleId);
  for (const statement of splitStatements(readCypher('load/retract-article'))) {
    const outcome = await tx.run(statement, { articleId });
    addCounters(counters, outcome.summary.counters.updates());
  }
  return former;
}
