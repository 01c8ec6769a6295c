import { startApiServer } from '../../api/server.ts';
import type { Config } from '../../config/config.ts';
import { BROWSER_STYLE_PATH } from '../../graph/browser-style.ts';
import { openNeo4j } from '../../graph/open-neo4j.ts';
import type { Neo4jConnection } from '../../graph/driver.ts';
import type { Logger } from '../../log/logger.ts';
import { warnOfStaleArticles } from '../load/current-stamp.ts';
import { loadInChildProcess } from '../load/load-in-child-process.ts';
import { prepareGraph } from '../prepare-graph.ts';
import { closeOnSignals, waitForever } from '../shutdown.ts';

/**
 * The main job: Neo4j (configured or local), schema migrations and reference data, the articles of
 * ARTICLES_ON_START (the bundled samples by default), then GraphQL until Ctrl-C.
 */
export async function startCommand(config: Config, logger: Logger): Promise<void> {
  const neo4j = await openNeo4j(config.neo4j, logger, {
    browserStyleUrl: `http://localhost:${config.api.port}${BROWSER_STYLE_PATH}`,
    restartWhenItDies: true,
  });
  let api: Awaited<ReturnType<typeof startApiServer>> | undefined;
  closeOnSignals(async () => {
    await api?.close();
    await neo4j.close();
  }, logger);
  try {
    const knowledge = await prepareGraph(neo4j.driver, neo4j.connection.database, logger);
    await loadArticlesOnStart(config, neo4j.connection, logger);
    await warnOfStaleArticles({ driver: neo4j.driver, database: neo4j.connection.database }, knowledge, logger);
    api = await startApiServer({ driver: neo4j.driver, database: neo4j.connection.database, logger, ...config.api });
  } catch (error) {
    await neo4j.close();
    throw error;
  }
  logger.info('Diplograph is ready (Ctrl-C stops it)', {
    graphql: api.url,
    neo4jBrowser: neo4j.browserUrl ?? "your Neo4j server's own Browser",
    bolt: neo4j.connection.uri,
    neo4jUser: neo4j.connection.username,
    neo4jPassword: neo4j.passwordFile ? `in ${neo4j.passwordFile}` : 'NEO4J_PASSWORD',
  });
  await waitForever();
}

/**
 * `diplograph load` in a child process, so that extraction's language models (some 150 MB) leave memory
 * with it and the serving process stays small. A bad article is logged and skipped: the service still
 * starts with everything else loaded.
 */
async function loadArticlesOnStart(config: Config, connection: Neo4jConnection, logger: Logger): Promise<void> {
  if (config.articlesOnStart.length === 0) return;
  const outcome = await loadInChildProcess(config.articlesOnStart, connection);
  if (outcome === 'loaded') logger.info('articles loaded', { from: config.articlesOnStart });
  else
    logger.warn('not every article of ARTICLES_ON_START loaded (the messages above say which and why); serving what the graph holds', {
      from: config.articlesOnStart,
    });
}
