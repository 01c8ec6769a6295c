import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../extract/contract/extraction-result.ts';
import { assertExtractionResult } from '../../extract/contract/validate-extraction-result.ts';
import { readCypher } from '../cypher-files.ts';
import { toGraphRows, type ArticleGraphRows } from './graph-rows.ts';
import { loadExtraction, type LoadStatus } from './load-article.ts';
import { sameExtraction, stampOf, storedStamp } from './extraction-stamp.ts';
import { writeArticles } from './write-articles.ts';
import { NO_FORMER_REPORTS, refreshMeetings } from './meetings.ts';
import { addCounters, emptyCounters, type WriteCounters } from './write-counters.ts';

/** New articles written per transaction when the caller does not say. */
export const DEFAULT_ARTICLES_PER_TRANSACTION = 500;

export type ArticleLoadOutcome =
  | { articleId: string; status: LoadStatus }
  /** The article is not in the graph: its result breaks the contract, or Neo4j refused its data. */
  | { articleId: string | undefined; status: 'failed'; error: Error };

export interface BatchLoadOutcome {
  /** One per input, in input order. */
  outcomes: ArticleLoadOutcome[];
  /** What the whole call changed: a transaction shared by several articles cannot tell whose each change was. */
  counters: WriteCounters;
}

export interface BatchLoadOptions {
  /** New articles written per write transaction (default DEFAULT_ARTICLES_PER_TRANSACTION). */
  articlesPerTransaction?: number;
}

/**
 * Loads many articles with the same outcome as loadExtraction called on each in turn, but several new
 * articles per write transaction (see README.md, "Loading many articles"):
 * - the articles of a chunk the graph does not hold yet are written in one transaction, in input order,
 *   each seeing what the ones before it wrote (so two reports of one meeting make one Event, in one chunk
 *   as across chunks); the chunk is in the graph entirely or not at all, and the driver retries it whole;
 * - an article stored already with the same content hash is unchanged: nothing is written;
 * - an article stored with another content hash, and a second copy of an article id within the chunk, go
 *   through loadExtraction after the chunk, each in its own transaction (retracted, then written again);
 * - when Neo4j refuses the chunk's data, its articles are loaded one by one, so that only the article at
 *   fault fails and the others load;
 * - a result that breaks the extraction contract fails alone, before anything is written.
 * Errors that concern the whole run (a lost connection, wrong credentials) are thrown.
 */
export async function loadExtractions(
  driver: Driver,
  database: string,
  candidates: readonly ExtractionResult[],
  options: BatchLoadOptions = {},
): Promise<BatchLoadOutcome> {
  const size = options.articlesPerTransaction ?? DEFAULT_ARTICLES_PER_TRANSACTION;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`articlesPerTransaction must be a whole number of at least 1 (got ${size})`);
  const outcomes: ArticleLoadOutcome[] = [];
  const counters = emptyCounters();
  for (let first = 0; first < candidates.length; first += size) {
    outcomes.push(...(await loadChunk(driver, database, candidates.slice(first, first + size), counters)));
  }
  return { outcomes, counters };
}

/** Neo4j refused a statement's data (not the connection, not the cluster): the input's fault, not the run's. */
export function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^Neo\.ClientError\.(Statement|Schema)\./.test(code);
}

interface Checked {
  index: number;
  result: ExtractionResult;
  rows: ArticleGraphRows;
}

async function loadChunk(
  driver: Driver,
  database: string,
  chunk: readonly ExtractionResult[],
  total: WriteCounters,
): Promise<ArticleLoadOutcome[]> {
  const outcomes = new Array<ArticleLoadOutcome | undefined>(chunk.length);
  const checked: Checked[] = [];
  for (const [index, candidate] of chunk.entries()) {
    try {
      const result = assertExtractionResult(candidate);
      checked.push({ index, result, rows: toGraphRows(result) });
    } catch (error) {
      const articleId = (candidate as { article?: { id?: unknown } } | null)?.article?.id;
      outcomes[index] = { articleId: typeof articleId === 'string' ? articleId : undefined, status: 'failed', error: asError(error) };
    }
  }

  const session = driver.session({ database });
  try {
    const decided = await session.executeWrite(async (tx) => {
      const counters = emptyCounters();
      const states = await tx.run(readCypher('load/claim-articles'), {
        articleIds: [...new Set(checked.map((article) => article.rows.articleId))],
      });
      // Only the nodes it created count: the lock and the claim mark are bookkeeping, not content.
      addCounters(counters, { ...emptyCounters(), nodesCreated: states.summary.counters.updates().nodesCreated });
      const storedStamps = new Map(
        states.records
          .filter((record) => record.get('claimed') !== true)
          .map((record) => [record.get('articleId') as string, storedStamp(record)]),
      );
      const seen = new Set<string>();
      const fresh: Checked[] = [];
      const unchanged: Checked[] = [];
      for (const article of checked) {
        const { articleId } = article.rows;
        if (seen.has(articleId)) continue; // a second copy in the chunk: loaded alone afterwards
        seen.add(articleId);
        const stored = storedStamps.get(articleId);
        if (stored === undefined) fresh.push(article);
        else if (sameExtraction(stored, stampOf(article.result))) unchanged.push(article);
      }
      await writeArticles(
        tx,
        fresh.map((article) => article.rows),
        counters,
      );
      await refreshMeetings(
        tx,
        fresh.map((article) => article.rows.articleId),
        NO_FORMER_REPORTS,
        counters,
      );
      return { fresh, unchanged, counters };
    });
    addCounters(total, decided.counters);
    for (const article of decided.fresh) outcomes[article.index] = { articleId: article.rows.articleId, status: 'new' };
    for (const article of decided.unchanged) outcomes[article.index] = { articleId: article.rows.articleId, status: 'unchanged' };
  } catch (error) {
    if (!isDataError(error)) throw error;
    // Which article Neo4j refused is unknown: each one alone tells (below).
  } finally {
    await session.close();
  }

  for (const article of checked) {
    if (outcomes[article.index] !== undefined) continue;
    try {
      const outcome = await loadExtraction(driver, database, article.result);
      addCounters(total, outcome.counters);
      outcomes[article.index] = { articleId: outcome.articleId, status: outcome.status };
    } catch (error) {
      if (!isDataError(error)) throw error;
      outcomes[article.index] = { articleId: article.rows.articleId, status: 'failed', error: asError(error) };
    }
  }
  return outcomes as ArticleLoadOutcome[];
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
