/**
 * The one place the evaluation command reaches the extractor, so that swapping it is a one-line change.
 */
import type { ExtractionResult } from '../../extract/contract/extraction-result.ts';
import type { ArticleInput } from '../../extract/document/prepared-article.ts';
import { extractArticle } from '../../extract/extract-article.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';

export type Extractor = (input: ArticleInput, knowledge: KnowledgeBase) => ExtractionResult;

export const runExtractor: Extractor = extractArticle;
