import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();

function kazakh(sentence: string) {
  return extractArticle({ bytes: Buffer.from(sentence, 'utf8'), sourceName: 'kk.txt', metadata: { language: 'kk' } }, knowledge);
}

describe('Kazakh names of countries', () => {
  it('reads "Мажарстан", the Kazakh name of Hungary, as Hungary, and the title after it as a Hungarian office', () => {
    const result = kazakh('Мажарстан Премьер-министрі Виктор Орбан Астанаға келді.');
    expect(result.entities.map((entity) => entity.id)).toContain('country:hu');
    expect(result.offices.map((office) => office.countryId)).toContain('country:hu');
  });
});
