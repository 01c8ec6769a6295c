import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../../config/config.ts';
import { openNeo4j } from '../../graph/open-neo4j.ts';
import type { Logger } from '../../log/logger.ts';
import { describeReextract, reextractStored, type ReextractReport } from '../load/reextract-stored.ts';
import { prepareGraph } from '../prepare-graph.ts';

/** How long closing the connection may take before the command ends anyway. */
const CLOSE_GRACE_MS = 5_000;

/**
 * `diplograph reextract`: brings the whole graph up to the current extractor and knowledge base from the
 * article texts it holds, files or not (articles sent through the API too). Nodes only older rules made
 * (a person split by script, an unknown name the knowledge base now knows) go with the last article that
 * supported them. A second run finds nothing to do.
 */
export async function reextractCommand(config: Config, logger: Logger): Promise<number> {
  const neo4j = await openNeo4j(config.neo4j, logger);
  let report: ReextractReport;
  try {
    const knowledge = await prepareGraph(neo4j.driver, neo4j.connection.database, logger);
    report = await reextractStored({ driver: neo4j.driver, database: neo4j.connection.database }, knowledge, logger);
  } finally {
    await Promise.race([neo4j.close().catch(() => undefined), sleep(CLOSE_GRACE_MS, undefined, { ref: false })]);
  }
  const line = describeReextract(report);
  const { summary } = report;
  if (summary.interruption !== undefined) {
    process.stderr.write(
      `diplograph reextract: Neo4j stopped answering (${summary.interruption.reason}), so the run stopped. ${line}; ` +
        `not read: ${summary.interruption.notLoaded.length}. Run reextract again once Neo4j is back: it goes on where this run stopped.\n`,
    );
    return 1;
  }
  logger.info(summary.allSucceeded ? 'reextract finished' : 'reextract finished with failures', {
    summary: line,
    failures: summary.failures,
  });
  process.stderr.write(`diplograph reextract: ${line}.\n`);
  return summary.allSucceeded ? 0 : 1;
}
