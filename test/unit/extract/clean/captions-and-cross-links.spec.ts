import { describe, expect, it } from '@jest/globals';
import { findArticleBody } from '../../../../src/extract/clean/find-article-body.ts';
import { realArticleText } from '../../../support/real-articles.ts';

const bodyOf = (text: string) =>
  findArticleBody(text)
    .body.map((span) => text.slice(span.start, span.end))
    .join('\n');

describe('captions, web addresses and cross-link lists are page clutter', () => {
  it('drops a list of teasers that each repeat the headline, and keeps the article after it', () => {
    const body = bodyOf(realArticleText('en/en-chinadaily-2010-06-11-hu-arrives-astana.txt'));
    expect(body).not.toContain('set to sign nuclear agreement');
    expect(body).not.toContain("China's battle against riots benefits Kazakhstan");
    expect(body).toContain('China and Kazakhstan have witnessed sustained, rapid and healthy progress of bilateral ties');
  });

  it('drops a photo caption with its agency credit', () => {
    const body = bodyOf(realArticleText('en/en-epochtimes-2022-xi-set-to-visit-kazakhstan.txt'));
    expect(body).not.toContain('AFP via Getty Images');
    expect(body).toContain('will arrive in Kazakhstan on Sept. 14');
  });

  it('does not glue a bare web address onto the sentence before it', () => {
    const body = bodyOf(realArticleText('kk/kk-altynorda-2014-05-28-lukashenko-eaeu-astana.txt'));
    expect(body).not.toContain('http://baq.kz/kk/news/47842');
    expect(body).toContain('баса назар аударылады.');
  });
});
