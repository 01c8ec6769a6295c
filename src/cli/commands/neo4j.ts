import type { Config } from '../../config/config.ts';
import { openNeo4j } from '../../graph/open-neo4j.ts';
import type { Logger } from '../../log/logger.ts';
import { prepareGraph } from '../prepare-graph.ts';
import { closeOnSignals, waitForever } from '../shutdown.ts';

/** Runs only the database (local or configured) with an up-to-date schema, for Browser or other tools. */
export async function neo4jCommand(config: Config, logger: Logger): Promise<void> {
  const neo4j = await openNeo4j(config.neo4j, logger, { restartWhenItDies: true });
  closeOnSignals(() => neo4j.close(), logger);
  try {
    await prepareGraph(neo4j.driver, neo4j.connection.database, logger);
  } catch (error) {
    await neo4j.close();
    throw error;
  }
  logger.info('Neo4j is ready (Ctrl-C stops it)', {
    bolt: neo4j.connection.uri,
    neo4jBrowser: neo4j.browserUrl,
    user: neo4j.connection.username,
    password: neo4j.passwordFile ? `in ${neo4j.passwordFile}` : 'NEO4J_PASSWORD',
  });
  await waitForever();
}
