import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();

/** Each office holding of a one-sentence Kazakh article as "person office country". */
function holdings(sentence: string): string[] {
  const result = extractArticle({ bytes: Buffer.from(sentence, 'utf8'), sourceName: 'kk.txt', metadata: { language: 'kk' } }, knowledge);
  return result.offices.map((office) => `${office.personId} ${office.officeId ?? '-'} ${office.countryId ?? '?'}`);
}

describe('two titled persons joined by "and"', () => {
  it('gives the second the country of the first when its own title names none', () => {
    expect(
      holdings(
        'Қонақтарды Қазақстан Республикасы Сыртқы істер министрі Асқар Бекұлы мен Қорғаныс министрі орынбасары Серік Омаров күтіп алды.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/omarov .* country:kz$/u)]));
  });

  it('keeps the country the second title names itself', () => {
    expect(
      holdings(
        'Қонақтарды Қазақстан Республикасы Сыртқы істер министрі Асқар Бекұлы мен Қырғызстан Қорғаныс министрі Серік Омаров күтіп алды.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/omarov .* country:kg$/u)]));
  });
});
