import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../extract/contract/extraction-result.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { isDatabaseUnavailable } from '../../graph/database-unavailable.ts';
import { DEFAULT_ARTICLES_PER_TRANSACTION, loadExtractions } from '../../graph/load/load-articles.ts';
import type { Logger } from '../../log/logger.ts';
import type { InputProblem, LoadInput } from './collect-inputs.ts';
import { extractionFromInput } from './extraction-from-input.ts';
import { LoadSummary } from './load-summary.ts';
import { InputRejected, readInput } from './read-input.ts';

/** A line of progress on a terminal; nothing when output goes to a file or CI log. */
function progressLine(): (text: string) => void {
  return process.stderr.isTTY ? (text: string) => process.stderr.write(`\r\u001b[2K${text}`) : () => undefined;
}

/** One article to write: a name for messages, and how to get its extraction (throws InputRejected to refuse it). */
export interface ArticleToLoad {
  readonly name: string;
  extraction(): Promise<ExtractionResult>;
}

/**
 * Extracts (or parses) the inputs and writes them in batches of `articlesPerTransaction`, several new
 * articles per transaction (loadExtractions): each article is still in the graph entirely or not at all,
 * and one bad input, or one article Neo4j refuses, is reported and skipped while the others load. When
 * Neo4j stops answering, the run stops: the summary keeps what was written and names what was not.
 */
export async function loadInputs(
  neo4j: { driver: Driver; database: string },
  inputs: readonly LoadInput[],
  problems: readonly InputProblem[],
  knowledge: KnowledgeBase,
  logger: Logger,
  articlesPerTransaction: number = DEFAULT_ARTICLES_PER_TRANSACTION,
): Promise<LoadSummary> {
  const summary = new LoadSummary();
  for (const problem of problems) {
    summary.failed(problem.name, problem.message);
    refused(logger, problem.name, problem.message);
  }
  const articles = inputs.map((input): ArticleToLoad => ({
    name: input.name,
    extraction: async () => extractionFromInput(input, await readInput(input), knowledge),
  }));
  await loadArticles(neo4j, articles, summary, logger, { articlesPerTransaction });
  return summary;
}

/**
 * Writes the articles in batches, counting each outcome into `summary`: the common part of `load` (files)
 * and `reextract` (texts the graph holds). `command` names the command in the lines on stderr.
 */
export async function loadArticles(
  neo4j: { driver: Driver; database: string },
  inputs: readonly ArticleToLoad[],
  summary: LoadSummary,
  logger: Logger,
  options: { articlesPerTransaction?: number; command?: string } = {},
): Promise<void> {
  const articlesPerTransaction = options.articlesPerTransaction ?? DEFAULT_ARTICLES_PER_TRANSACTION;
  const refuse = (name: string, reason: string): void => refused(logger, name, reason, options.command);
  const progress = progressLine();
  let pending: Array<{ input: ArticleToLoad; result: ExtractionResult }> = [];
  const write = async (): Promise<void> => {
    if (pending.length === 0) return;
    progress(`writing ${pending.length} article${pending.length === 1 ? '' : 's'} to Neo4j`);
    const batch = pending;
    pending = [];
    const { outcomes, counters } = await loadExtractions(
      neo4j.driver,
      neo4j.database,
      batch.map((item) => item.result),
      { articlesPerTransaction },
    );
    summary.changed(counters);
    for (const [index, outcome] of outcomes.entries()) {
      const { input } = batch[index]!;
      if (outcome.status === 'failed') {
        const reason = refusal(outcome.error);
        summary.failed(input.name, reason);
        refuse(input.name, reason);
      } else {
        summary.loaded(outcome.status);
        logger.info('article loaded', { input: input.name, articleId: outcome.articleId, status: outcome.status });
      }
    }
    logger.debug('batch written', { articles: batch.length, ...counters });
  };

  // Neo4j gone: stop at once, keep the count of what earlier batches wrote, name what was not loaded.
  const writeOrStop = async (remaining: readonly ArticleToLoad[]): Promise<boolean> => {
    const inFlight = pending.map((item) => item.input.name);
    try {
      await write();
      return true;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      summary.interrupted(error instanceof Error ? error.message : String(error), [...inFlight, ...remaining.map((input) => input.name)]);
      progress('');
      return false;
    }
  };

  for (const [index, input] of inputs.entries()) {
    progress(`[${index + 1}/${inputs.length}] ${input.name}`);
    try {
      pending.push({ input, result: await input.extraction() });
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // Reading an input from the graph (reextract) met a Neo4j gone away: stop as a write would.
        summary.interrupted(
          error instanceof Error ? error.message : String(error),
          [...pending, { input }].map((item) => item.input.name).concat(inputs.slice(index + 1).map((rest) => rest.name)),
        );
        progress('');
        return;
      }
      if (!(error instanceof InputRejected)) throw error;
      summary.failed(input.name, error.message);
      refuse(input.name, error.message);
    }
    if (pending.length >= articlesPerTransaction && !(await writeOrStop(inputs.slice(index + 1)))) return;
  }
  await writeOrStop([]);
  progress('');
}

/** Why an article was not loaded, in words: Neo4j refused its data, or its result breaks the contract. */
function refusal(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `Neo4j refused this article's data (${code}): ${error.message}` : error.message;
}

/**
 * An input that was not loaded: one readable line on stderr ("diplograph load: page.html: the input is
 * empty"), and the same as a JSON log line for whoever reads the log.
 */
export function refused(logger: Logger, name: string, reason: string, command = 'load'): void {
  logger.error('cannot load', { input: name, reason });
  process.stderr.write(`diplograph ${command}: ${name}: ${reason}\n`);
}
