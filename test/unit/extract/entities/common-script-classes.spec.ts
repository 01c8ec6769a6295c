import { describe, expect, it } from '@jest/globals';
import { COMMON_LETTERS, COMMON_MARKS, COMMON_NUMBERS, IN_COMMON_SCRIPTS } from '../../../../src/extract/entities/common-script-classes.ts';
import { tokenize } from '../../../../src/extract/entities/tokens.ts';

const codes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, offset) => from + offset);

describe('the \\p{…} classes written out for Latin and Cyrillic text', () => {
  it.each([
    ['letters', COMMON_LETTERS, /^\p{L}$/u],
    ['marks', COMMON_MARKS, /^\p{M}$/u],
    ['numbers', COMMON_NUMBERS, /^\p{N}$/u],
  ])('match the same %s as the property, code point by code point', (_name, ranges, property) => {
    const written = new RegExp(`^[${ranges}]$`);
    const differing = [...codes(0x0000, 0x052f), ...codes(0x2000, 0x206f)]
      .map((code) => String.fromCharCode(code))
      .filter((character) => written.test(character) !== property.test(character));
    expect(differing).toEqual([]);
  });

  it('are used only for text of those characters', () => {
    expect(IN_COMMON_SCRIPTS.test('Tokayev met Erdoğan — “Astana”, Қазақстан, Київ')).toBe(true);
    expect(IN_COMMON_SCRIPTS.test('Tokayev 🙂')).toBe(false);
    expect(IN_COMMON_SCRIPTS.test('東京')).toBe(false);
  });

  it.each([
    'Turkey’s Defense Minister Hulusi Akar met Kazakhstan’s Nurlan Yermekbayev in Ankara on 5 May 2021.',
    'Президент Қасым-Жомарт Тоқаев Ақордада Түркия Президентін қабылдады; ʼпʼятниця, п’ятниця, ` ё',
    'Café naïve Ǆemal (ŉ, ǅ) – ½ ² ³ x\u0301y İstanbul',
  ])('split a sentence of them into the words the \\p{…} pattern finds: %s', (sentence) => {
    const words = (text: string) => tokenize(text, 0).map((token) => [token.start, token.text, token.possessive]);
    // An astral character (outside the written-out ranges) makes the tokenizer use the \p{…} pattern.
    expect(words(sentence)).toEqual(words(`${sentence} 🙂`));
  });
});
