import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';
import type { ExtractionResult } from '../../../src/extract/contract/extraction-result.ts';
import type { StoredArticleText } from '../../../src/extract/document/prepared-article.ts';
import { extractArticle, reextractArticle } from '../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();

/** What the graph keeps of an extracted article (write-article.cypher): the text, title, address, date as ISO. */
function storedFrom({ article }: ExtractionResult): StoredArticleText {
  return {
    text: article.text,
    title: article.title,
    ...(article.url === undefined ? {} : { url: article.url }),
    ...(article.publisher === undefined ? {} : { publisher: article.publisher }),
    ...(article.author === undefined ? {} : { author: article.author }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt.iso }),
    ...(article.languageConfidence === 1 ? { language: article.language } : {}),
    ...(article.sourceName === undefined ? {} : { sourceName: article.sourceName }),
  };
}

/** The facts of a result, leaving out how each date was written (the graph keeps only a date's ISO form). */
function facts(result: ExtractionResult): unknown {
  return JSON.parse(
    JSON.stringify(result, (_key, value: unknown) => {
      if (value === null || typeof value !== 'object' || !('iso' in value)) return value;
      const { text: _written, ...date } = value as { text?: string };
      return date;
    }),
  );
}

describe('reading a stored article again', () => {
  it.each([
    // An HTML page whose title and date come from its meta tags, not its text.
    'test/fixtures/articles/own/en-astana-times-sco-foreign-ministers.html',
    // Markdown with front matter.
    'test/fixtures/articles/own/ru-memorandum-kz-hungary-trade.md',
    // Plain text whose headline the layout does not find, so that its title is its first sentence.
    'test/fixtures/real/articles/en/en-24kg-2024-04-19-japarov-tokayev-talks.txt',
  ])('gives the facts that reading its file gave: %s', (file) => {
    const fromFile = extractArticle({ bytes: readFileSync(path.join(PROJECT_ROOT, file)), sourceName: path.basename(file) }, knowledge);

    const again = reextractArticle(fromFile.article.id, storedFrom(fromFile), knowledge);

    expect(facts(again)).toEqual(facts(fromFile));
  });

  it('keeps the stored id, and lets the text date the article when the stored date came from older rules', () => {
    const fromFile = extractArticle(
      { bytes: readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/real/articles/en/en-24kg-2024-04-19-japarov-tokayev-talks.txt')) },
      knowledge,
    );

    const again = reextractArticle('article:0123456789abcdef', { ...storedFrom(fromFile), publishedAt: '1999-01-01' }, knowledge);

    expect(again.article.id).toBe('article:0123456789abcdef');
    expect(again.article.publishedAt?.iso).toBe(fromFile.article.publishedAt?.iso);
    expect(fromFile.article.publishedAt?.iso).toBe('2024-04-19');
  });

  it('keeps a date only the source stated when the text gives none', () => {
    const again = reextractArticle(
      'article:0123456789abcdef',
      { text: 'Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent on Tuesday.', publishedAt: '2023-03-16' },
      knowledge,
    );

    expect(again.article.publishedAt?.iso).toBe('2023-03-16');
  });
});
