import type { Driver } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';
import { retract } from './load-article.ts';
import { refreshMeetings } from './meetings.ts';
import { addCounters, emptyCounters, type WriteCounters } from './write-counters.ts';

export interface RemoveOutcome {
  articleId: string;
  found: boolean;
  counters: WriteCounters;
}

/**
 * Takes an article out of the graph with what only it supported; facts other articles (or the
 * reference data) also state stay, with this article's sentences removed from their evidence.
 */
export async function removeArticle(driver: Driver, database: string, articleId: string): Promise<RemoveOutcome> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const counters = emptyCounters();
      const state = await tx.run(readCypher('load/article-state'), { articleId });
      if (state.records.length === 0) return { articleId, found: false, counters };
      const former = await retract(tx, articleId, counters);
      const deleted = await tx.run(readCypher('load/delete-article'), { articleId });
      addCounters(counters, deleted.summary.counters.updates());
      await refreshMeetings(tx, [], former, counters);
      return { articleId, found: true, counters };
    });
  } finally {
    await session.close();
  }
}
