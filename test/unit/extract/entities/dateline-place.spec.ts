import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
const extract = (text: string, language: string) =>
  extractArticle({ bytes: new TextEncoder().encode(text), sourceName: `${language}.txt`, metadata: { language } }, knowledge);

// Our own sentences (unit fixtures).
describe('the city of a dateline', () => {
  it('is a place of the article, cited by the dateline, even when no event took place there', () => {
    const result = extract(
      'БРЮССЕЛЬ. 25 октября. КАЗИНФОРМ /Иван Петров/ - Президент Казахстана пригласил генерального секретаря на саммит.',
      'ru',
    );
    const brussels = result.entities.find((entity) => entity.id === 'place:brussels');
    expect(brussels?.mentions.map((mention) => mention.sentence)).toEqual(['БРЮССЕЛЬ. 25 октября. КАЗИНФОРМ /Иван Петров/']);
  });

  it('stays out of the sentence that follows it', () => {
    const result = extract(
      'БРЮССЕЛЬ. 25 октября. КАЗИНФОРМ /Иван Петров/ - Президент Казахстана пригласил генерального секретаря на саммит.',
      'ru',
    );
    expect(
      result.entities
        .flatMap((entity) => entity.mentions.map((mention) => mention.sentence))
        .some((sentence) => sentence.includes('КАЗИНФОРМ -')),
    ).toBe(false);
    expect(result.entities.some((entity) => /казинформ/i.test(entity.name))).toBe(false);
  });
});
