import { describe, expect, it } from '@jest/globals';
import { personOffices } from '../../../support/extract-text.ts';

/** The offices each person of a one-sentence Ukrainian article holds, as "office country". */
const offices = (sentence: string): Record<string, string[]> => Object.fromEntries(personOffices(sentence, 'uk'));

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
