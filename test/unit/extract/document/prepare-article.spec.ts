import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../../src/config/project-root.ts';
import { articleSchema } from '../../../../src/extract/contract/extraction-result.ts';
import { prepareArticle } from '../../../../src/extract/document/prepare-article.ts';
import { ArticleInputError } from '../../../../src/extract/input/article-input-error.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'documents');
const utf8 = (text: string) => new TextEncoder().encode(text);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('preparing an HTML news page', () => {
  const article = prepareArticle({ bytes: readFileSync(path.join(FIXTURES, 'news-page.html')), sourceName: 'news-page.html' });
  const body = article.sentences.filter((sentence) => sentence.role === 'body').map((sentence) => sentence.text);

  it('takes metadata from the page head and the dateline from the first paragraph', () => {
    expect(article.metadata).toMatchObject({
      id: `article:${sha256('https://steppe-herald.example/world/kazakhstan-uzbekistan-defence-plan').slice(0, 16)}`,
      title: 'Kazakhstan and Uzbekistan sign defence cooperation plan',
      url: 'https://steppe-herald.example/world/kazakhstan-uzbekistan-defence-plan',
      publisher: 'Steppe Herald',
      author: 'Dana Omarova',
      dateline: 'TASHKENT. STEPPE HERALD',
      language: 'en',
      publishedAt: { iso: '2023-03-16' },
      sourceName: 'news-page.html',
    });
    expect(article.metadata.contentHash).toBe(sha256(article.metadata.text));
    expect(articleSchema.safeParse(article.metadata).error).toBeUndefined();
  });

  it('gives the headline and the body sentences, without navigation, related news, "Most read" or footer', () => {
    expect(article.sentences[0]).toMatchObject({ role: 'headline', text: 'Kazakhstan and Uzbekistan sign defence cooperation plan' });
    expect(body).toEqual([
      'The defence ministers of Kazakhstan and Uzbekistan met in Tashkent on Wednesday and signed a plan of military cooperation for 2023.',
      'The plan covers joint exercises, officer training and the exchange of «best practices» in border security.',
      'The ministers also discussed regional security\nand the situation in Afghanistan.',
      'The next meeting is planned for 2024 in Astana.',
    ]);
    for (const sentence of article.sentences) expect(article.metadata.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('resolves "on Wednesday" against the publication date', () => {
    expect(article.findDates(article.sentences[1]!)).toMatchObject([
      { text: 'on Wednesday', relative: true, date: { iso: '2023-03-15' } },
      { text: '2023', relative: false, date: { iso: '2023' } },
    ]);
  });
});

describe('preparing a Markdown article with front matter', () => {
  const article = prepareArticle({ bytes: readFileSync(path.join(FIXTURES, 'front-matter.md')), sourceName: 'articles/front-matter.md' });

  it('takes its metadata from the front matter', () => {
    expect(article.metadata).toMatchObject({
      id: `article:${sha256('https://news.example/kz-kg-border').slice(0, 16)}`,
      title: 'Kazakhstan and Kyrgyzstan agree on border demarcation',
      publisher: 'Example News',
      author: 'Aibek Nurlanov',
      language: 'en',
      languageConfidence: 1,
      publishedAt: { iso: '2022-11-24' },
    });
  });

  it('keeps the "Read also" list out of the sentences', () => {
    expect(article.sentences.map((sentence) => sentence.text)).toEqual([
      'Kazakhstan and Kyrgyzstan agree on border demarcation',
      'The presidents of Kazakhstan and Kyrgyzstan met in Astana on Thursday and signed an agreement on the demarcation of the state border.',
      'The agreement was prepared over three years of talks between the two governments.',
    ]);
  });
});

describe('preparing plain text', () => {
  it('lets metadata given by the caller win over what the text says', () => {
    const article = prepareArticle({
      bytes: utf8('Talks in Minsk\n\n5 February 2021\n\nThe ministers met in Minsk on Thursday.'),
      metadata: { title: 'Caller title', publishedAt: '2021-03-01', publisher: 'Caller News', language: 'en' },
    });

    expect(article.metadata).toMatchObject({ title: 'Caller title', publisher: 'Caller News', publishedAt: { iso: '2021-03-01' } });
    expect(article.findDates(article.sentences.at(-1)!)[0]?.date.iso).toBe('2021-02-25');
  });

  it('derives the id from the text when there is no URL, never from the file name', () => {
    const text = 'Talks in Minsk\n\nThe ministers met in Minsk.';
    const named = prepareArticle({ bytes: utf8(text), sourceName: '/data/in/minsk-talks.txt' });
    const elsewhere = prepareArticle({ bytes: utf8(text), sourceName: '/archive/copy-of-talks.txt' });
    const other = prepareArticle({ bytes: utf8('Talks in Baku\n\nThe ministers met in Baku.'), sourceName: '/data/in/minsk-talks.txt' });
    const unnamed = prepareArticle({ bytes: utf8(text) });

    expect(named.metadata.id).toBe(`article:${sha256(text).slice(0, 16)}`);
    expect(elsewhere.metadata.id).toBe(named.metadata.id);
    expect(unnamed.metadata.id).toBe(named.metadata.id);
    expect(other.metadata.id).not.toBe(named.metadata.id);
    expect(unnamed.metadata.sourceName).toBeUndefined();
  });

  it('takes the publication date from a wire dateline when the page header gives none', () => {
    const article = prepareArticle({
      bytes: utf8('Kazakhstan and Latvia discuss dialogue\n\nASTANA, March 3, 2023. The deputy ministers met in Astana.'),
    });

    expect(article.metadata.publishedAt).toMatchObject({ iso: '2023-03-03' });
  });

  it('falls back to the first sentence for the title when there is no headline', () => {
    const article = prepareArticle({ bytes: utf8('The ministers met in Minsk. They signed a plan.') });

    expect(article.metadata.title).toBe('The ministers met in Minsk.');
    expect(article.sentences.every((sentence) => sentence.role === 'body')).toBe(true);
  });

  it('detects the language from the body and splits Russian sentences', () => {
    const article = prepareArticle({
      bytes: utf8(
        'Министры встретились в Минске.\n\nМинистр обороны Казахстана встретился с коллегой. Стороны подписали план сотрудничества.',
      ),
    });

    expect(article.metadata.language).toBe('ru');
    expect(article.sentences.map((sentence) => sentence.text)).toContain('Стороны подписали план сотрудничества.');
  });
});

describe('refusing input that is not an article', () => {
  it.each([
    ['binary', new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x41])],
    ['empty', utf8('   \n  ')],
    ['encoding', new Uint8Array([0x41, 0xff, 0xfe, 0xfd, 0x80, 0x42, 0x43])],
  ])('throws an ArticleInputError for %s input', (problem, bytes) => {
    let caught: unknown;
    try {
      prepareArticle({ bytes, sourceName: 'input.txt' });
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(ArticleInputError);
    expect((caught as ArticleInputError).problem).toBe(problem);
    expect((caught as ArticleInputError).message).toMatch(/^input\.txt: /);
  });
});
