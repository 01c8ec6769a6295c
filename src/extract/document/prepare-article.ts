import type { ArticleMetadata, PartialDate } from '../contract/extraction-result.ts';
import { findArticleBody, type ArticleLayout } from '../clean/find-article-body.ts';
import { createDateFinder } from '../dates/find-dates.ts';
import { parseStatedDate } from '../dates/publication-date.ts';
import { ArticleInputError } from '../input/article-input-error.ts';
import { readArticleInput } from '../input/read-article-input.ts';
import type { SourceMetadata } from '../input/source-metadata.ts';
import { detectLanguage, type DetectedLanguage } from '../language/detect-language.ts';
import { splitSentences } from '../sentences/split-sentences.ts';
import { articleId, sha256 } from './article-id.ts';
import type { ArticleInput, ArticleSentence, PreparedArticle } from './prepared-article.ts';

/** Enough body text for a stable language answer. */
const LANGUAGE_SAMPLE_LENGTH = 1200;
const MAX_TITLE_LENGTH = 300;

/**
 * The document stage: decodes the input, reads its format and metadata, finds the article among the
 * page's clutter, detects the language, splits the headline and body into sentences and offers a date
 * finder resolved against the publication date. Throws `ArticleInputError` for input that is not text.
 */
export function prepareArticle(input: ArticleInput): PreparedArticle {
  const read = readArticleInput(input.bytes, input.sourceName, input.format);
  return prepareText(read.text, { ...read.metadata, ...definedFields(input.metadata ?? {}) }, input.sourceName);
}

/**
 * The document stage from text already read (decoded, rendered from HTML or Markdown): what
 * `prepareArticle` does after reading, and what re-reading a stored article's text does, so that both
 * find the same body, sentences and dates. `stated` is what the source said about itself.
 */
export function prepareText(text: string, stated: SourceMetadata, sourceName: string | undefined): PreparedArticle {
  if (!/\p{L}/u.test(text)) {
    // A page of navigation, scripts and styles only (an index page, a cookie wall): there is no article.
    const title = stated.title ? ` (title: ${stated.title.slice(0, 80)})` : '';
    throw new ArticleInputError(
      'no-article-text',
      sourceName,
      `the page${title} holds no article text, only navigation, scripts or styles. Save the page of one article, or send its text.`,
    );
  }
  const layout = findArticleBody(text, stated.title ? { title: stated.title } : {});

  const language = languageOf(text, layout, stated.language);
  const sentences = sentencesOf(text, layout, language.language);
  const publishedAt = (stated.publishedAt ? parseStatedDate(stated.publishedAt) : undefined) ?? layout.publishedAt;

  const contentHash = sha256(text);
  const metadata: ArticleMetadata = {
    id: articleId(stated.url, text, contentHash),
    contentHash,
    title: titleOf(stated.title, text, layout, sentences, sourceName),
    language: language.language,
    languageConfidence: language.confidence,
    text,
  };
  if (stated.url) metadata.url = stated.url;
  const publisher = stated.publisher ?? layout.dateline?.agency;
  if (publisher) metadata.publisher = publisher;
  const author = stated.author ?? layout.author;
  if (author) metadata.author = author;
  if (layout.dateline) metadata.dateline = layout.dateline.text;
  if (publishedAt) metadata.publishedAt = publishedAt;
  if (sourceName) metadata.sourceName = sourceName;

  const findDates = createDateFinder(text, language.language, publishedAt);
  return { metadata, sentences, findDates };
}

function definedFields(metadata: NonNullable<ArticleInput['metadata']>): SourceMetadata {
  const result: SourceMetadata = {};
  for (const [key, value] of Object.entries(metadata) as Array<[keyof SourceMetadata, string | undefined]>) {
    if (value !== undefined && value.trim() !== '') result[key] = value.trim();
  }
  return result;
}

function languageOf(text: string, layout: ArticleLayout, stated: string | undefined): DetectedLanguage {
  const normalised = stated?.trim().slice(0, 2).toLowerCase();
  if (normalised && /^[a-z]{2}$/.test(normalised)) return { language: normalised, confidence: 1 };
  let sample = '';
  for (const span of layout.body) {
    if (sample.length >= LANGUAGE_SAMPLE_LENGTH) break;
    sample += `${text.slice(span.start, span.end)}\n`;
  }
  return detectLanguage(sample.trim() === '' ? text : sample);
}

function sentencesOf(text: string, layout: ArticleLayout, language: string): ArticleSentence[] {
  const sentences: ArticleSentence[] = [];
  if (layout.headline)
    sentences.push({ ...layout.headline, text: text.slice(layout.headline.start, layout.headline.end), role: 'headline' });
  for (const paragraph of layout.body) {
    for (const sentence of splitSentences(text.slice(paragraph.start, paragraph.end), language)) {
      sentences.push({ text: sentence.text, start: paragraph.start + sentence.start, end: paragraph.start + sentence.end, role: 'body' });
    }
  }
  return sentences;
}

function titleOf(
  stated: string | undefined,
  text: string,
  layout: ArticleLayout,
  sentences: readonly ArticleSentence[],
  sourceName: string | undefined,
): string {
  const candidates = [
    stated,
    layout.headline ? text.slice(layout.headline.start, layout.headline.end) : undefined,
    sentences[0]?.text,
    sourceName?.split(/[\\/]/).pop(),
    text.trim().split('\n')[0],
  ];
  const title =
    candidates.map((candidate) => candidate?.replace(/\s+/g, ' ').trim()).find((candidate) => !!candidate) ?? 'Untitled article';
  return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…` : title;
}

export type { PartialDate };
