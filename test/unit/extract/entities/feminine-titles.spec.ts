import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();

/** The offices each person of a one-sentence Ukrainian article holds, as "office country". */
function offices(sentence: string): Record<string, string[]> {
  const result = extractArticle({ bytes: Buffer.from(sentence, 'utf8'), sourceName: 'uk.txt', metadata: { language: 'uk' } }, knowledge);
  return Object.fromEntries(
    result.entities
      .filter((entity) => entity.kind === 'person')
      .map((person) => [
        person.name,
        result.offices
          .filter((office) => office.personId === person.id)
          .map((office) => `${office.officeId ?? '-'} ${office.countryId ?? '?'}`),
      ]),
  );
}

describe('a Ukrainian feminine title', () => {
  it('names the office as the masculine title does (real sentence, topinfo.zt.ua)', () => {
    const found = offices('Президентка Молдови Мая Санду 27 червня вирушила з офіційним візитом до Києва.');
    expect(found['Maia Sandu']).toContain('office:president country:md');
  });

  it('is declined like any title ending in -а (real sentence, bigbenpub.com.ua)', () => {
    const found = offices(
      'Новий міністр закордонних справ України Андрій Сибіга здійснив низку телефонних переговорів з міністеркою закордонних справ Німеччини Анналеною Бербок.',
    );
    expect(found['Annalena Baerbock']).toContain('office:minister-of-foreign-affairs country:de');
  });
});
