import { describe, expect, it } from '@jest/globals';
import { prepareArticle } from '../../../../src/extract/document/prepare-article.ts';
import { ArticleInputError } from '../../../../src/extract/input/article-input-error.ts';

const prepare = (html: string) => () => prepareArticle({ bytes: Buffer.from(html, 'utf8'), sourceName: 'index.html' });

describe('a page with no article text', () => {
  it('is refused like an empty file when it holds only navigation and scripts, saying what to send instead', () => {
    const page =
      '<html><head><title>Home</title><script>track("home")</script></head><body><nav><a href="/">🏠</a></nav><script>init()</script></body></html>';
    expect(prepare(page)).toThrow(ArticleInputError);
    expect(prepare(page)).toThrow(
      'index.html: the page (title: Home) holds no article text, only navigation, scripts or styles. Save the page of one article, or send its text.',
    );
  });

  it('is refused when it is scripts and styles only', () => {
    expect(
      prepare('<html><head><style>body { color: red }</style></head><body><script>document.write("x")</script></body></html>'),
    ).toThrow(/holds no article text/);
  });

  it('still reads a short text that has words', () => {
    expect(prepare('<html><body><p>Tokayev met Putin.</p></body></html>')).not.toThrow();
  });
});
