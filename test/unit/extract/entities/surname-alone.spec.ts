import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const personIds = (text: string, language: string): string[] =>
  extractText(text, language)
    .entities.filter((entity) => entity.kind === 'person')
    .map((entity) => entity.id);

// Chinese names put the surname first, and news calls Xi Jinping "Xi" / "Си" / "Сі" alone; without the surname
// the word before "Путін" was read as his first name, a person "Сі Путін" (real sentence, Суспільне, dev split).
describe("Xi Jinping's surname alone", () => {
  it('is Xi Jinping, and no first name of the surname after it', () => {
    expect(personIds('Крім цього на запрошення Сі Путін відвідає військовий парад у Пекіні.', 'uk')).toEqual([
      'person:xi-jinping',
      'person:vladimir-putin',
    ]);
  });

  it('is Xi Jinping in English and Russian', () => {
    expect(personIds('Xi and Putin held talks in Beijing.', 'en')).toContain('person:xi-jinping');
    expect(personIds('Си и Путин провели переговоры в Пекине.', 'ru')).toContain('person:xi-jinping');
  });
});
