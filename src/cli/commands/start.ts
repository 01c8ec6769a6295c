import { startApiServer } from '../../api/server.ts';
import type { Config } from '../../config/config.ts';
import { BROWSER_STYLE_PATH } from '../../graph/browser-style.ts';
import { openNeo4j } from '../../graph/open-neo4j.ts';
import { loadKnowledgeBase } from '../../extract/knowledge/load-knowledge.ts';
import type { Logger } from '../../log/logger.ts';
import type { loadInputs } from '../load/load-inputs.ts';
import { prepareGraph } from '../prepare-graph.ts';
import { closeOnSignals, waitForever } from '../shutdown.ts';

/**
 * The main job: Neo4j (configured or local), schema migrations and reference data, the articles of
 * ARTICLES_ON_START (the bundled samples by default), then GraphQL until Ctrl-C.
 */
export async function startCommand(config: Config, logger: Logger): Promise<void> {
  const neo4j = await openNeo4j(config.neo4j, logger, {
    browserStyleUrl: `http://localhost:${config.api.port}${BROWSER_STYLE_PATH}`,
  });
  let api: Awaited<ReturnType<typeof startApiServer>> | undefined;
  closeOnSignals(async () => {
    await api?.close();
    await neo4j.close();
  }, logger);
  try {
    await prepareGraph(neo4j.driver, neo4j.connection.database, logger);
    await loadArticlesOnStart(config, { driver: neo4j.driver, database: neo4j.connection.database }, logger);
    api = await startApiServer({ driver: neo4j.driver, database: neo4j.connection.database, logger, ...config.api });
  } catch (error) {
    await neo4j.close();
    throw error;
  }
  logger.info('Diplograph is ready (Ctrl-C stops it)', {
    graphql: api.url,
    neo4jBrowser: neo4j.browserUrl ?? 'your Neo4j server\'s own Browser',
    bolt: neo4j.connection.uri,
    neo4jUser: neo4j.connection.username,
  });
  await waitForever();
}

/**
 * A bad article is logged and skipped: the service still starts with everything else loaded. Extraction
 * (some 150 MB of language models) is imported only when there are articles to load, so a service
 * started with ARTICLES_ON_START empty never holds it.
 */
async function loadArticlesOnStart(config: Config, neo4j: Parameters<typeof loadInputs>[0], logger: Logger): Promise<void> {
  if (config.articlesOnStart.length === 0) return;
  const [{ collectInputs }, { ARTICLE_EXTENSIONS, RESULT_EXTENSIONS }, { loadInputs }] = await Promise.all([
    import('../load/collect-inputs.ts'),
    import('../load/extraction-from-input.ts'),
    import('../load/load-inputs.ts'),
  ]);
  const { inputs, problems } = await collectInputs(config.articlesOnStart, [...ARTICLE_EXTENSIONS, ...RESULT_EXTENSIONS]);
  const summary = await loadInputs(neo4j, inputs, problems, loadKnowledgeBase(), logger);
  logger.info(summary.allSucceeded ? 'articles loaded' : 'articles loaded with failures (see above; ARTICLES_ON_START names them)', {
    from: config.articlesOnStart,
    summary: summary.describe(),
  });
}
