import type { Config } from '../../config/config.ts';
import { loadExtraction } from '../../graph/load/load-article.ts';
import { applyMigrations } from '../../graph/migrations/apply-migrations.ts';
import { openNeo4j } from '../../graph/open-neo4j.ts';
import type { Logger } from '../../log/logger.ts';
import { collectInputs } from '../load/collect-inputs.ts';
import { LoadSummary } from '../load/load-summary.ts';
import { parseResultFile } from '../load/parse-result-file.ts';
import { InputRejected, readInput } from '../load/read-input.ts';
import { UsageError } from '../usage-error.ts';

/** Extraction results (JSON) today; text, HTML and Markdown articles join when extraction lands. */
const ACCEPTED_EXTENSIONS = ['.json'];

/**
 * `diplograph load <file|folder|->...`: loads each input in its own transaction, so one bad file is
 * reported and skipped while the others load; exits 1 when any input failed.
 */
export async function loadCommand(config: Config, logger: Logger, args: string[]): Promise<number> {
  if (args.length === 0) throw new UsageError('load needs files, folders or - (standard input), such as: load results/ article.json');
  const { inputs, problems } = await collectInputs(args, ACCEPTED_EXTENSIONS);
  const summary = new LoadSummary();
  for (const problem of problems) {
    summary.failed(problem.name, problem.message);
    logger.error('cannot load', { input: problem.name, reason: problem.message });
  }
  if (inputs.length === 0) {
    logger.error('nothing to load', { summary: summary.describe() });
    return 1;
  }

  const neo4j = await openNeo4j(config.neo4j, logger);
  try {
    await applyMigrations(neo4j.driver, neo4j.connection.database, logger);
    const progress = process.stderr.isTTY ? (text: string) => process.stderr.write(`\r\u001b[2K${text}`) : () => undefined;
    for (const [index, input] of inputs.entries()) {
      progress(`[${index + 1}/${inputs.length}] ${input.name}`);
      try {
        const result = parseResultFile(await readInput(input));
        const outcome = await loadExtraction(neo4j.driver, neo4j.connection.database, result);
        summary.loaded(outcome.status, outcome.counters);
        logger.info('article loaded', { input: input.name, articleId: outcome.articleId, status: outcome.status, ...outcome.counters });
      } catch (error) {
        const reason = perInputFailure(error);
        if (reason === undefined) throw error;
        summary.failed(input.name, reason);
        logger.error('cannot load', { input: input.name, reason });
      }
    }
    progress('');
  } finally {
    await neo4j.close();
  }
  logger.info(summary.allSucceeded ? 'load finished' : 'load finished with failures', { summary: summary.describe(), failures: summary.failures });
  return summary.allSucceeded ? 0 : 1;
}

/**
 * Whether an error belongs to one input (reported, and the run goes on) or to the run (it stops): bad
 * input, and Neo4j refusing one article's data, are the input's; a lost connection is everyone's.
 */
function perInputFailure(error: unknown): string | undefined {
  if (error instanceof InputRejected) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^Neo\.ClientError\.(Statement|Schema)\./.test(code)) {
    return `Neo4j refused this article's data (${code}): ${(error as Error).message}`;
  }
  return undefined;
}
