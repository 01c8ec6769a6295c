import type { Config } from '../../config/config.ts';
import { applyMigrations } from '../../graph/migrations/apply-migrations.ts';
import { openNeo4j } from '../../graph/open-neo4j.ts';
import type { Logger } from '../../log/logger.ts';

/** Applies the schema migrations and exits. */
export async function migrateCommand(config: Config, logger: Logger): Promise<void> {
  const neo4j = await openNeo4j(config.neo4j, logger);
  try {
    const report = await applyMigrations(neo4j.driver, neo4j.connection.database, logger);
    logger.info('schema is up to date', { ...report });
  } finally {
    await neo4j.close();
  }
}
