import type { Driver } from 'neo4j-driver';
import type { StoredArticleText } from '../../extract/document/prepared-article.ts';
import { reextractArticle } from '../../extract/extract-article.ts';
import { ArticleInputError } from '../../extract/input/article-input-error.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { staleArticles, storedArticle, type StoredArticle } from '../../graph/load/stored-articles.ts';
import type { Logger } from '../../log/logger.ts';
import { currentStamp } from './current-stamp.ts';
import { loadArticles, type ArticleToLoad } from './load-inputs.ts';
import { LoadSummary } from './load-summary.ts';
import { InputRejected } from './read-input.ts';

export interface ReextractReport {
  /** Articles the graph holds. */
  readonly stored: number;
  /** Of those, the ones an older contract, knowledge base or extractor had read. */
  readonly stale: number;
  /** What reading them again did (each counted "updated" when written, "failed" when refused). */
  readonly summary: LoadSummary;
}

/**
 * Reads again, from the texts the graph holds, every article read under another contract, knowledge
 * base or extractor than `knowledge` and the current rules, and writes its facts anew (retracting the old
 * ones in the same transaction). Articles are fetched one at a time, so memory stays flat on any graph.
 */
export async function reextractStored(
  neo4j: { driver: Driver; database: string },
  knowledge: KnowledgeBase,
  logger: Logger,
): Promise<ReextractReport> {
  const { driver, database } = neo4j;
  const current = currentStamp(knowledge);
  const { total, staleIds } = await staleArticles(driver, database, current);
  logger.info('articles to read again', { stored: total, stale: staleIds.length, ...current });
  const articles = staleIds.map((articleId): ArticleToLoad => ({
    name: articleId,
    extraction: async () => reextracted(articleId, await storedArticle(driver, database, articleId), knowledge),
  }));
  const summary = new LoadSummary();
  await loadArticles(neo4j, articles, summary, logger, { command: 'reextract' });
  return { stored: total, stale: staleIds.length, summary };
}

/** The report in one line, as `reextract` prints it. */
export function describeReextract({ stored, stale, summary }: ReextractReport): string {
  const { counts } = summary;
  return (
    `${stored} article(s) stored, ${stored - stale} already current; ${counts.new + counts.updated + counts.unchanged} of ${stale} ` +
    `read by an older extractor or knowledge base read again, ${counts.failed} failed`
  );
}

function reextracted(articleId: string, stored: StoredArticle | undefined, knowledge: KnowledgeBase) {
  if (stored === undefined)
    throw new InputRejected('the article left the graph while this run read it (removed by another command); nothing to do.');
  if (stored.text === null) {
    throw new InputRejected(
      'the graph holds no text for this article, so it cannot be read again. Load its file again with `diplograph load`.',
    );
  }
  const { text, ...said } = stored;
  const article: StoredArticleText = { text, ...definedOnly(said) };
  try {
    return reextractArticle(articleId, article, knowledge);
  } catch (error) {
    if (error instanceof ArticleInputError) throw new InputRejected(error.message);
    throw error;
  }
}

function definedOnly<T extends Record<string, string | null>>(fields: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as { [K in keyof T]?: string };
}
