import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../../src/config/project-root.ts';
import { ArticleInputError } from '../../../../src/extract/input/article-input-error.ts';
import { formatOf, readArticleInput } from '../../../../src/extract/input/read-article-input.ts';
import { readHtml } from '../../../../src/extract/input/read-html.ts';
import { renderMarkdown } from '../../../../src/extract/input/render-markdown.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'documents');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading HTML', () => {
  const page = readHtml(readFileSync(path.join(FIXTURES, 'news-page.html'), 'utf8'));

  it('renders the visible article text with blocks as blank-line-separated paragraphs', () => {
    expect(page.text).toContain(
      'Kazakhstan and Uzbekistan sign defence cooperation plan\n\n16 March 2023, 09:30\n\nTASHKENT. STEPPE HERALD - ',
    );
    expect(page.text).toContain('exchange of «best practices» in border security.');
    expect(page.text).toContain('regional security\nand the situation in Afghanistan.');
  });

  it('leaves out scripts, styles, navigation, the page header and footer, asides, forms and advert blocks', () => {
    for (const hidden of [
      'window.analytics',
      'font-family',
      'Politics',
      'USD/KZT',
      'Related news',
      'Uzbek army buys',
      'All rights reserved',
      'Leave a Reply',
      'premium newsletter',
    ]) {
      expect(page.text).not.toContain(hidden);
    }
  });

  it('reads title, URL, site name, publication time, author, description and language from the head', () => {
    expect(page.metadata).toEqual({
      title: 'Kazakhstan and Uzbekistan sign defence cooperation plan',
      url: 'https://steppe-herald.example/world/kazakhstan-uzbekistan-defence-plan',
      publisher: 'Steppe Herald',
      publishedAt: '2023-03-16T09:30:00+06:00',
      author: 'Dana Omarova',
      description: 'The defence ministers met in Tashkent.',
      language: 'en',
    });
  });

  it('takes the headline from <title> without the site name, and metadata from JSON-LD', () => {
    const html = `<html><head><title>Ministers meet in Baku | Caspian Daily</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers meet in Baku",
      "datePublished":"2024-06-01T10:00:00Z","author":[{"@type":"Person","name":"Leyla Aliyeva"}],"publisher":{"@type":"Organization","name":"Caspian Daily"}}</script>
      </head><body><p>Text.</p></body></html>`;

    expect(readHtml(html).metadata).toEqual({
      title: 'Ministers meet in Baku',
      publishedAt: '2024-06-01T10:00:00Z',
      author: 'Leyla Aliyeva',
      publisher: 'Caspian Daily',
    });
  });
});

describe('reading front matter and Markdown', () => {
  it('takes YAML front matter as metadata and renders the Markdown after it as plain text', () => {
    const article = readArticleInput(readFileSync(path.join(FIXTURES, 'front-matter.md')), 'front-matter.md');

    expect(article.format).toBe('markdown');
    expect(article.metadata).toEqual({
      title: 'Kazakhstan and Kyrgyzstan agree on border demarcation',
      url: 'https://news.example/kz-kg-border',
      publisher: 'Example News',
      publishedAt: '2022-11-24',
      language: 'en',
      author: 'Aibek Nurlanov',
    });
    expect(article.text).not.toContain('---');
    expect(article.text).toContain('\nKazakhstan and Kyrgyzstan agree on border demarcation\n');
    expect(article.text).toContain('The presidents of Kazakhstan and Kyrgyzstan met in Astana');
    expect(article.text).toContain('over three years of talks');
  });

  it('reads front matter in a plain text article too', () => {
    const article = readArticleInput(utf8('---\ntitle: Talks in Minsk\ndate: 2023-01-10\n---\nThe ministers met in Minsk.'), 'talks.txt');

    expect(article.metadata).toEqual({ title: 'Talks in Minsk', publishedAt: '2023-01-10' });
    expect(article.text).toBe('The ministers met in Minsk.');
  });

  it('refuses invalid front matter with advice to fix or remove it', () => {
    expect(() => readArticleInput(utf8('---\ntitle: [unclosed\n---\nText.'), 'broken.md')).toThrow(ArticleInputError);
    expect(() => readArticleInput(utf8('---\ntitle: [unclosed\n---\nText.'), 'broken.md')).toThrow(
      /front matter.*Fix it or remove the block/,
    );
  });

  it('renders headings, emphasis, links, images and bullets to their text', () => {
    expect(
      renderMarkdown('## Talks\n\n**Kazakhstan** and [Turkey](https://x.example) met ![map](m.png)*today*.\n- item one\n> quoted `code`'),
    ).toBe('Talks\n\nKazakhstan and Turkey met today.\nitem one\nquoted code');
  });
});

describe('choosing the format', () => {
  it('goes by the file extension first, then by how the text starts', () => {
    expect(formatOf('page.HTM', 'plain words')).toBe('html');
    expect(formatOf('notes.md', '<html>')).toBe('markdown');
    expect(formatOf(undefined, '  <!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(formatOf(undefined, 'Turkey and Kazakhstan met. <b>Really</b>.')).toBe('text');
  });
});

describe('normalising the text', () => {
  it('turns no-break spaces into plain spaces and drops soft hyphens, in text and HTML alike', () => {
    expect(readArticleInput(utf8('Руслан\u00A0Жаксиликов зустрівся\u00A0з колегою. Defen\u00ADce.'), 'a.txt').text).toBe(
      'Руслан Жаксиликов зустрівся з колегою. Defence.',
    );
    expect(readArticleInput(utf8('<p>Руслан&nbsp;Жаксиликов</p>'), 'a.html').text).toBe('Руслан Жаксиликов');
  });
});
