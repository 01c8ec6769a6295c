import { createHash } from 'node:crypto';
import type { PartialDate } from '../../src/extract/contract/extraction-result.ts';
import type { ArticleSentence, PreparedArticle } from '../../src/extract/document/prepared-article.ts';
import { splitSentences } from '../../src/extract/sentences/split-sentences.ts';

export interface PreparedArticleSpec {
  readonly text: string;
  readonly language: string;
  /** ISO date such as 2022-05-11. */
  readonly publishedAt?: string;
  /** Sentence indexes to leave out, as the document stage leaves out page clutter. */
  readonly withoutSentences?: (sentence: string) => boolean;
}

function partialDate(iso: string): PartialDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { iso, ...(year === undefined ? {} : { year }), ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/**
 * A PreparedArticle for entity-stage tests, standing in for the document stage: the whole text is the
 * body, split with the project's sentence splitter; the first sentence is the headline; no dates are found.
 */
export function preparedArticle(spec: PreparedArticleSpec): PreparedArticle {
  const sentences: ArticleSentence[] = splitSentences(spec.text, spec.language)
    .filter((sentence) => !(spec.withoutSentences?.(sentence.text) ?? false))
    .map((sentence, index) => ({ ...sentence, role: index === 0 ? 'headline' : 'body' }));
  return {
    metadata: {
      id: `article:${createHash('sha256').update(spec.text).digest('hex').slice(0, 16)}`,
      contentHash: createHash('sha256').update(spec.text).digest('hex'),
      title: sentences[0]?.text ?? 'untitled',
      language: spec.language,
      languageConfidence: 1,
      text: spec.text,
      ...(spec.publishedAt === undefined ? {} : { publishedAt: partialDate(spec.publishedAt) }),
    },
    sentences,
    findDates: () => [],
  };
}
