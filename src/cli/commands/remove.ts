import type { Config } from '../../config/config.ts';
import { removeArticle } from '../../graph/load/remove-article.ts';
import { applyMigrations } from '../../graph/migrations/apply-migrations.ts';
import { openNeo4j } from '../../graph/open-neo4j.ts';
import type { Logger } from '../../log/logger.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `diplograph remove <articleId>...`: takes articles out of the graph with what only they supported.
 * Exits non-zero when an id was not found, so scripts notice a typo.
 */
export async function removeCommand(config: Config, logger: Logger, articleIds: string[]): Promise<number> {
  if (articleIds.length === 0) throw new UsageError('remove needs at least one article id, such as article:0f3a9c2b1d4e5f60.');
  const neo4j = await openNeo4j(config.neo4j, logger);
  try {
    await applyMigrations(neo4j.driver, neo4j.connection.database, logger);
    let missing = 0;
    for (const articleId of articleIds) {
      const outcome = await removeArticle(neo4j.driver, neo4j.connection.database, articleId);
      if (outcome.found) {
        logger.info('article removed', { articleId, ...outcome.counters });
      } else {
        missing += 1;
        logger.error('no such article in the graph; nothing removed', { articleId });
      }
    }
    return missing === 0 ? 0 : 1;
  } finally {
    await neo4j.close();
  }
}
