import type { Driver } from 'neo4j-driver';
import type { KnowledgeBase } from '../../extract/knowledge/knowledge-base.ts';
import { loadExtraction } from '../../graph/load/load-article.ts';
import type { Logger } from '../../log/logger.ts';
import type { InputProblem, LoadInput } from './collect-inputs.ts';
import { extractionFromInput } from './extraction-from-input.ts';
import { LoadSummary } from './load-summary.ts';
import { InputRejected, readInput } from './read-input.ts';

/** A line of progress on a terminal; nothing when output goes to a file or CI log. */
function progressLine(): (text: string) => void {
  return process.stderr.isTTY ? (text: string) => process.stderr.write(`\r\u001b[2K${text}`) : () => undefined;
}

/**
 * Extracts (or parses) and writes each input in its own transaction, so one bad input is reported and
 * skipped while the others load. Errors that concern the whole run (a lost connection) propagate.
 */
export async function loadInputs(
  neo4j: { driver: Driver; database: string },
  inputs: readonly LoadInput[],
  problems: readonly InputProblem[],
  knowledge: KnowledgeBase,
  logger: Logger,
): Promise<LoadSummary> {
  const summary = new LoadSummary();
  for (const problem of problems) {
    summary.failed(problem.name, problem.message);
    logger.error('cannot load', { input: problem.name, reason: problem.message });
  }
  const progress = progressLine();
  for (const [index, input] of inputs.entries()) {
    progress(`[${index + 1}/${inputs.length}] ${input.name}`);
    try {
      const result = extractionFromInput(input, await readInput(input), knowledge);
      const outcome = await loadExtraction(neo4j.driver, neo4j.database, result);
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
  return summary;
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
