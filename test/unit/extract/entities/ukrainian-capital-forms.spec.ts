import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();

function extract(sentence: string) {
  return extractArticle({ bytes: Buffer.from(sentence, 'utf8'), sourceName: 'uk.txt', metadata: { language: 'uk' } }, knowledge);
}

describe('a Ukrainian capital whose stem vowel alternates (Київ, Києва, у Києві)', () => {
  it('is the meeting place in the genitive (real sentence, focus.kyiv.ua)', () => {
    const result = extract(
      'Президент Молдови Мая Санду здійснила візит до Києва, де зустрілася з президентом України Володимиром Зеленським.',
    );
    expect(result.entities.map((entity) => entity.id)).toContain('place:kyiv');
    expect(result.events.find((event) => event.kind === 'meeting')?.placeId).toBe('place:kyiv');
  });

  it('is found in the locative too', () => {
    const result = extract('Санду також взяла участь у дискусії у Києві.');
    expect(result.entities.map((entity) => entity.id)).toContain('place:kyiv');
  });
});
