/**
 * PLACEHOLDER so that the evaluation command typechecks before the extractor is merged: the extractor's
 * branch replaces this whole file with the real `extractArticle`. It never pretends to extract.
 */
import type { ExtractionResult } from './contract/extraction-result.ts';
import type { ArticleInput } from './document/prepared-article.ts';
import type { KnowledgeBase } from './knowledge/knowledge-base.ts';

export function extractArticle(input: ArticleInput, knowledge: KnowledgeBase): ExtractionResult {
  void input;
  void knowledge;
  throw new Error('extractArticle is not built yet');
}
