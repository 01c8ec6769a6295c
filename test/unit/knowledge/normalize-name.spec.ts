import { describe, expect, it } from '@jest/globals';
import { normalizeName } from '../../../src/knowledge/normalize-name.ts';

describe('normalizeName', () => {
  it.each([
    ['Erdoğan', 'Erdogan'],
    ['ERDOĞAN', 'erdogan'],
    ['Türkiye', 'Turkiye'],
    ['İstanbul', 'istanbul'],
    ['Yıldırım', 'Yildirim'],
    ['Çavuşoğlu', 'Cavusoglu'],
    ['Chișinău', 'Chisinau'],
    ['Nur-Sultan', 'NUR SULTAN'],
    ['Kassym–Jomart', 'Kassym-Jomart'],
    ['Нур-Султан', 'нур султан'],
    ['Прем’єр-міністр', "прем'єр-міністр"],
    ['Рейкʼявік', "Рейк'явік"],
    ['Алёна', 'Алена'],
    ['«Казахстан инжиниринг»', 'Казахстан инжиниринг'],
    ['  Kazakhstan\u00A0Engineering ', 'kazakhstan engineering'],
  ])('treats %s and %s as the same name', (first, second) => {
    expect(normalizeName(first)).toBe(normalizeName(second));
  });

  it('keeps the Cyrillic letters that carry their own marks', () => {
    expect(normalizeName('Київ')).toBe('київ');
    expect(normalizeName('йод')).not.toBe(normalizeName('иод'));
    expect(normalizeName('Қазақстан')).toBe('қазақстан');
  });
});

/**
 * normalizeName skips Unicode normalization for text of printable ASCII, the quotes and dashes it turns
 * into ASCII, and the Cyrillic letters, and skips folding diacritics for ASCII and Cyrillic: these are the
 * full normalization's answers for every such character and every pair of them (a character could only
 * change with its neighbour).
 */
describe('normalizeName without the Unicode normalizations', () => {
  const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02B9\u0060\u00B4\u2032]/g;
  const QUOTES = /["\u00AB\u00BB\u201C\u201D\u201E\u201F]/g;
  const DASHES = /[-\u2010-\u2015\u2212\uFE63\uFF0D]/g;
  /** The full normalization, every step taken for every text. */
  const fullNormalization = (name: string): string => {
    const unified = name
      .normalize('NFKC')
      .replace(APOSTROPHES, "'")
      .replace(QUOTES, '')
      .replace(DASHES, ' ')
      .toLowerCase()
      .replace(/ё/g, 'е');
    const decomposed = unified.normalize('NFD');
    const folded = /\p{M}/u.test(decomposed) ? decomposed.replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC') : unified;
    return folded.replace(/ı/g, 'i').replace(/\s+/g, ' ').trim();
  };
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, offset) => String.fromCharCode(from + offset));
  const characters = [
    '\t',
    '\n',
    '\f',
    '\r',
    ...range(0x20, 0x7e),
    ...['\u2018', '\u2019', '\u201B', '\u00AB', '\u00BB', '\u2010', '\u2212'],
    ...range(0x201c, 0x201f),
    ...range(0x2012, 0x2015),
    ...range(0x0400, 0x0482),
    ...range(0x048a, 0x04ff),
  ];

  it('gives the full normalization’s answer for each character and each pair of them', () => {
    const differing: string[] = [];
    for (const first of characters) {
      if (normalizeName(first) !== fullNormalization(first)) differing.push(first);
      for (const second of characters) {
        const pair = `x${first}${second}x`;
        if (normalizeName(pair) !== fullNormalization(pair)) differing.push(pair);
      }
    }
    expect(differing).toEqual([]);
  });

  it('gives the full normalization’s answer for each character at either end of words with single spaces between', () => {
    const differing = characters
      .flatMap((character) => [`${character}x y${character}`, `x ${character} y`, `${character} ${character}`, `Ёx ${character}`])
      .filter((text) => normalizeName(text) !== fullNormalization(text));
    expect(differing).toEqual([]);
  });

  it('gives the full normalization’s answer for sentences in every language', () => {
    for (const sentence of [
      'Turkey and Kazakhstan on Thursday discussed opportunities — “defense” cooperation.',
      'Президент Казахстана Касым-Жомарт Токаев встретился с «Алёной» в Астане.',
      'Прем’єр-міністр України провів зустріч у Києві ʼ',
      'Қасым-Жомарт Тоқаев Ақордада Түркия Президентін қабылдады.',
      'Erdoğan ve Tokayev İstanbul’da görüştü',
    ]) {
      expect(normalizeName(sentence)).toBe(fullNormalization(sentence));
    }
  });
});
