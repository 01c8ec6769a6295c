import type { Driver } from 'neo4j-driver';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../knowledge/load-knowledge.ts';
import { loadReferenceData } from '../graph/load/reference-data.ts';
import { referenceDataFrom } from '../graph/load/reference-from-knowledge.ts';
import { applyMigrations } from '../graph/migrations/apply-migrations.ts';
import type { Logger } from '../log/logger.ts';

/**
 * Brings a database up to date: schema migrations, then the knowledge base's reference data. Gives the
 * knowledge base it read, so that a caller need not read it twice.
 */
export async function prepareGraph(driver: Driver, database: string, logger: Logger): Promise<KnowledgeBase> {
  const migrations = await applyMigrations(driver, database, logger);
  logger.info('schema is up to date', { ...migrations });
  const knowledge = loadKnowledgeBase();
  const reference = referenceDataFrom(knowledge);
  const counters = await loadReferenceData(driver, database, reference);
  logger.info('reference data is up to date', {
    knowledgeBaseVersion: reference.version,
    // Written only when the knowledge base's reference data changed since the last start or load.
    written: counters.propertiesSet > 0,
    countries: reference.countries.length,
    organizations: reference.organizations.length,
    memberships: reference.memberships.length,
    ...counters,
  });
  return knowledge;
}
