import type { Driver } from 'neo4j-driver';
import { CONTRACT_VERSION } from '../../extract/contract/extraction-result.ts';
import { extractorVersion } from '../../extract/extractor-version.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { staleArticles } from '../../graph/load/stored-articles.ts';
import type { Logger } from '../../log/logger.ts';

/**
 * What an article read now would be stamped with. Kept apart from extraction itself so that `start`
 * (which never loads the extraction pipeline and its language models) can compare stamps.
 */
export function currentStamp(knowledge: KnowledgeBase) {
  return { contractVersion: CONTRACT_VERSION, knowledgeBaseVersion: knowledge.version, extractorVersion: extractorVersion() };
}

/**
 * Says when the graph holds articles an older extractor or knowledge base read: `start` serves them as
 * they are (re-reading a large graph would hold the start for minutes), so the user hears of it.
 */
export async function warnOfStaleArticles(
  neo4j: { driver: Driver; database: string },
  knowledge: KnowledgeBase,
  logger: Logger,
): Promise<number> {
  const { total, staleIds } = await staleArticles(neo4j.driver, neo4j.database, currentStamp(knowledge));
  if (staleIds.length > 0) {
    logger.warn(
      `${staleIds.length} of the ${total} stored articles were read by an older extractor or knowledge base; ` +
        'run `npm run diplograph -- reextract` to bring their facts up to date',
      { stale: staleIds.length, stored: total },
    );
  }
  return staleIds.length;
}
