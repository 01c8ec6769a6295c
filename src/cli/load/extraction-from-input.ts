import path from 'node:path';
import type { ExtractionResult } from '../../extract/contract/extraction-result.ts';
import { extractArticle } from '../../extract/extract-article.ts';
import { ArticleInputError } from '../../extract/input/article-input-error.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { LoadInput } from './collect-inputs.ts';
import { parseResultFile } from './parse-result-file.ts';
import { InputRejected } from './read-input.ts';

/** Articles to extract, and extraction results (JSON) made earlier, by `diplograph extract` say. */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.md', '.markdown'];
export const RESULT_EXTENSIONS = ['.json'];

/**
 * One input's extraction result: a .json file is taken as a result already made (and checked against the
 * contract); anything else, standard input included, is an article and is extracted here.
 */
export function extractionFromInput(input: LoadInput, bytes: Buffer, knowledge: KnowledgeBase): ExtractionResult {
  if (input.path !== null && RESULT_EXTENSIONS.includes(path.extname(input.path).toLowerCase())) return parseResultFile(bytes);
  try {
    return extractArticle({ bytes, ...(input.path !== null ? { sourceName: path.basename(input.path) } : {}) }, knowledge);
  } catch (error) {
    if (error instanceof ArticleInputError) throw new InputRejected(error.message);
    throw error;
  }
}
