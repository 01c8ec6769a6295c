import type { Config } from '../../config/config.ts';
import { loadKnowledgeBase } from '../../extract/knowledge/load-knowledge.ts';
import { openNeo4j } from '../../graph/open-neo4j.ts';
import type { Logger } from '../../log/logger.ts';
import { collectInputs } from '../load/collect-inputs.ts';
import { ARTICLE_EXTENSIONS, RESULT_EXTENSIONS } from '../load/extraction-from-input.ts';
import { loadInputs } from '../load/load-inputs.ts';
import { prepareGraph } from '../prepare-graph.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `diplograph load <file|folder|->...`: extracts each article (text, HTML, Markdown; or takes an
 * extraction result .json as it is) and writes them in batches (each article in the graph entirely or not
 * at all), so one bad file is reported and skipped while the others load; exits 1 when any input failed.
 */
export async function loadCommand(config: Config, logger: Logger, args: string[]): Promise<number> {
  if (args.length === 0) throw new UsageError('load needs files, folders or - (standard input), such as: load articles/ page.html result.json');
  const { inputs, problems } = await collectInputs(args, [...ARTICLE_EXTENSIONS, ...RESULT_EXTENSIONS]);
  if (inputs.length === 0) {
    for (const problem of problems) logger.error('cannot load', { input: problem.name, reason: problem.message });
    logger.error('nothing to load', { failed: problems.length });
    return 1;
  }

  const neo4j = await openNeo4j(config.neo4j, logger);
  let summary;
  try {
    await prepareGraph(neo4j.driver, neo4j.connection.database, logger);
    summary = await loadInputs({ driver: neo4j.driver, database: neo4j.connection.database }, inputs, problems, loadKnowledgeBase(), logger);
  } finally {
    await neo4j.close();
  }
  logger.info(summary.allSucceeded ? 'load finished' : 'load finished with failures', { summary: summary.describe(), failures: summary.failures });
  return summary.allSucceeded ? 0 : 1;
}
