import { describe, expect, it } from '@jest/globals';
import { articleId, sha256 } from '../../../../src/extract/document/article-id.ts';

describe('articleId', () => {
  const text = 'Astana, 5 May. The two presidents met.';

  it('is the same with the text hash given as without it', () => {
    expect(articleId(undefined, text, sha256(text))).toBe(articleId(undefined, text));
    expect(articleId('  ', text, sha256(text))).toBe(articleId('  ', text));
    expect(articleId(undefined, text)).toBe(`article:${sha256(text).slice(0, 16)}`);
  });

  it('comes from the URL when there is one, whatever the text hash', () => {
    expect(articleId(' https://example.org/a ', text, sha256(text))).toBe(`article:${sha256('https://example.org/a').slice(0, 16)}`);
    expect(articleId('https://example.org/a', 'other text')).toBe(articleId('https://example.org/a', text, sha256(text)));
  });
});
