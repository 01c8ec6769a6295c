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
