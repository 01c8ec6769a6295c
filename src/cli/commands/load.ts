import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../../config/config.ts';
import { loadKnowledgeBase } from '../../knowledge/load-knowledge.ts';
import { openNeo4j } from '../../graph/open-neo4j.ts';
import type { Logger } from '../../log/logger.ts';
import { collectInputs } from '../load/collect-inputs.ts';
import { ARTICLE_EXTENSIONS, RESULT_EXTENSIONS } from '../load/extraction-from-input.ts';
import { loadInputs, refused } from '../load/load-inputs.ts';
import { prepareGraph } from '../prepare-graph.ts';
import { UsageError } from '../usage-error.ts';

/** How long closing the connection may take before the command ends anyway. */
const CLOSE_GRACE_MS = 5_000;

/**
 * `diplograph load <file|folder|->...`: extracts each article (text, HTML, Markdown; or takes an
 * extraction result .json as it is) and writes them in batches (each article in the graph entirely or not
 * at all), so one bad file is reported and skipped while the others load; exits 1 when any input failed.
 */
export async function loadCommand(config: Config, logger: Logger, args: string[]): Promise<number> {
  if (args.length === 0)
    throw new UsageError('load needs files, folders or - (standard input), such as: load articles/ page.html result.json');
  const { inputs, problems } = await collectInputs(args, [...ARTICLE_EXTENSIONS, ...RESULT_EXTENSIONS]);
  if (inputs.length === 0) {
    for (const problem of problems) refused(logger, problem.name, problem.message);
    logger.error('nothing to load', { failed: problems.length });
    return 1;
  }

  const neo4j = await openNeo4j(config.neo4j, logger);
  let summary;
  try {
    await prepareGraph(neo4j.driver, neo4j.connection.database, logger);
    summary = await loadInputs(
      { driver: neo4j.driver, database: neo4j.connection.database },
      inputs,
      problems,
      loadKnowledgeBase(),
      logger,
    );
  } finally {
    // A Neo4j that went silent would hold the close (and the exit) forever.
    await Promise.race([neo4j.close().catch(() => undefined), sleep(CLOSE_GRACE_MS, undefined, { ref: false })]);
  }
  if (summary.interruption !== undefined) {
    const { reason, notLoaded } = summary.interruption;
    logger.error('load stopped: Neo4j stopped answering', { reason, summary: summary.describe(), notLoaded, failures: summary.failures });
    process.stderr.write(
      `diplograph load: Neo4j stopped answering (${reason}), so the load stopped. Written before that: ${summary.describe()}. ` +
        `Not loaded: ${notLoaded.length} input(s). Run the same load again once Neo4j is back: what was written is skipped as unchanged.\n`,
    );
    return 1;
  }
  logger.info(summary.allSucceeded ? 'load finished' : 'load finished with failures', {
    summary: summary.describe(),
    failures: summary.failures,
  });
  return summary.allSucceeded ? 0 : 1;
}
