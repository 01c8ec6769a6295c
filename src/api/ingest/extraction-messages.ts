import type { ExtractionResult } from '../../extract/contract/extraction-result.ts';
import type { ArticleInput } from '../../extract/document/prepared-article.ts';
import type { ArticleInputProblem } from '../../extract/input/article-input-error.ts';

/** One article for the extraction worker. */
export interface ExtractionRequest {
  id: number;
  input: ArticleInput;
}

/** The worker's answer: the facts, the reason the input is not an article, or an unexpected failure. */
export type ExtractionReply =
  | { id: number; kind: 'result'; result: ExtractionResult }
  | { id: number; kind: 'input-error'; problem: ArticleInputProblem; sourceName: string | undefined; message: string }
  | { id: number; kind: 'failure'; message: string };
