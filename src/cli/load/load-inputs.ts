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

/** An input and its extraction, waiting for its batch to be written. */
interface Extracted {
  input: ArticleToLoad;
  result: ExtractionResult;
}

/**
 * Writes the articles in batches, counting each outcome into `summary`: the common part of `load` (files)
 * and `reextract` (texts the graph holds). `command` names the command in the lines on stderr.
 *
 * The next batch is extracted while the one before it is written: extraction is this process's work and
 * the write is Neo4j's, so each keeps a core busy instead of waiting for the other. Batches are still
 * written one after another, in input order (a batch sees everything the ones before it wrote).
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
  const names = (items: ReadonlyArray<{ input: ArticleToLoad } | ArticleToLoad>): string[] =>
    items.map((item) => ('input' in item ? item.input.name : item.name));

  const write = async (batch: readonly Extracted[]): Promise<void> => {
    progress(`writing ${batch.length} article${batch.length === 1 ? '' : 's'} to Neo4j`);
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

  // The batch being written: its outcome is kept as a value (what it failed with, or null), so that a failure while
  // the next batch is extracted is not a rejection nobody is waiting for yet.
  let inFlight: { batch: readonly Extracted[]; outcome: Promise<{ failed: unknown } | null> } | null = null;
  const startWriting = (batch: readonly Extracted[]): void => {
    inFlight = {
      batch,
      outcome: write(batch).then(
        () => null,
        (error: unknown) => ({ failed: error }),
      ),
    };
  };
  // Waits for the batch in flight. Neo4j gone: false, and the summary keeps the count of what earlier
  // batches wrote and names that batch and `notWritten` as not loaded.
  const finishWriting = async (notWritten: () => string[]): Promise<boolean> => {
    if (inFlight === null) return true;
    const { batch, outcome } = inFlight;
    inFlight = null;
    const failure = await outcome;
    if (failure === null) return true;
    if (!isDatabaseUnavailable(failure.failed)) throw failure.failed;
    stopped(failure.failed, [...names(batch), ...notWritten()]);
    return false;
  };
  // Any other error ends the run: the batch being written finishes first, so that the summary counts what
  // the graph holds and no write is left running behind the caller.
  const failAfterWriting = async (error: unknown): Promise<never> => {
    await inFlight?.outcome;
    throw error;
  };
  const stopped = (error: unknown, notLoaded: string[]): void => {
    summary.interrupted(error instanceof Error ? error.message : String(error), notLoaded);
    progress('');
  };

  let pending: Extracted[] = [];
  for (const [index, input] of inputs.entries()) {
    progress(`[${index + 1}/${inputs.length}] ${input.name}`);
    try {
      pending.push({ input, result: await input.extraction() });
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // Reading an input from the graph (reextract) met a Neo4j gone away: stop as a write would.
        const notWritten = [...names(pending), input.name, ...names(inputs.slice(index + 1))];
        if (await finishWriting(() => notWritten)) stopped(error, notWritten);
        return;
      }
      if (!(error instanceof InputRejected)) return failAfterWriting(error);
      summary.failed(input.name, error.message);
      refuse(input.name, error.message);
    }
    if (pending.length >= articlesPerTransaction) {
      const batch = pending;
      pending = [];
      if (!(await finishWriting(() => [...names(batch), ...names(inputs.slice(index + 1))]))) return;
      startWriting(batch);
    }
  }
  const last = pending;
  if (!(await finishWriting(() => names(last)))) return;
  if (last.length > 0) {
    startWriting(last);
    if (!(await finishWriting(() => []))) return;
  }
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
