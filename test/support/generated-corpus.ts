import type { Driver } from 'neo4j-driver';
import { corpusArticles } from '../../src/corpus/generate-corpus.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { loadExtractions } from '../../src/graph/load/load-articles.ts';

/** Generates `count` synthetic articles (src/corpus, deterministic for a seed), extracts and loads them. */
export async function loadGeneratedArticles(
  neo4j: { driver: Driver; database: string },
  options: { count: number; seed: number; knowledge: KnowledgeBase },
): Promise<void> {
  const { count, seed, knowledge } = options;
  const results = [...corpusArticles({ count, seed, knowledge })].map((article) =>
    extractArticle({ bytes: Buffer.from(article.content, 'utf8'), sourceName: article.fileName }, knowledge),
  );
  await loadExtractions(neo4j.driver, neo4j.database, results);
}
