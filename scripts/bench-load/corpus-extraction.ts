import { performance } from 'node:perf_hooks';
import { corpusArticles } from '../../src/corpus/generate-corpus.ts';
import type { ExtractionResult } from '../../src/extract/contract/extraction-result.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

export interface ExtractedCorpus {
  results: ExtractionResult[];
  /** Seconds spent generating the articles (src/corpus), apart from extraction. */
  generateSeconds: number;
  /** Seconds spent inside extractArticle only. */
  extractSeconds: number;
  failures: Array<{ fileName: string; message: string }>;
}

/**
 * The synthetic corpus (src/corpus; the same count and seed give the same articles) through the product's
 * extraction, in memory, timing generation and extraction apart.
 */
export function extractCorpus(count: number, seed: number, knowledge: KnowledgeBase): ExtractedCorpus {
  const results: ExtractionResult[] = [];
  const failures: ExtractedCorpus['failures'] = [];
  let generateMs = 0;
  let extractMs = 0;
  const articles = corpusArticles({ count, seed, knowledge });
  for (;;) {
    const generating = performance.now();
    const next = articles.next();
    generateMs += performance.now() - generating;
    if (next.done) break;
    const bytes = Buffer.from(next.value.content, 'utf8');
    const extracting = performance.now();
    try {
      results.push(extractArticle({ bytes, sourceName: next.value.fileName }, knowledge));
    } catch (error) {
      failures.push({ fileName: next.value.fileName, message: error instanceof Error ? error.message : String(error) });
    }
    extractMs += performance.now() - extracting;
  }
  return { results, generateSeconds: generateMs / 1000, extractSeconds: extractMs / 1000, failures };
}
