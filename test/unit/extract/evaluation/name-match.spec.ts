import { describe, expect, it } from '@jest/globals';
import { anyNameMatches } from '../../../../src/extract/evaluation/name-match.ts';

describe('anyNameMatches', () => {
  it.each([
    ['Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев'],
    ['Kassym-Jomart Tokayev', 'Қасым-Жомарт Тоқаев'],
    ['Kassym-Jomart Tokayev', 'Kasym-Zhomart Tokaev'],
    ['Recep Tayyip Erdoğan', 'Реджеп Тайип Эрдоган'],
    ['Zakir Hasanov', 'Zakir Gassanov'],
    ['Ruslan Zhaksylykov', 'Руслан Жаксиликов'],
    ['Sergei Aleinik', 'Сергей Алейник'],
    ['Alikhan Smailov', 'Alikhan Smaiylov'],
  ])('takes %s and %s for the same name', (first, second) => {
    expect(anyNameMatches([first], [second])).toBe(true);
  });

  it.each([
    ['Tokayev', 'Erdogan'],
    ['Olzhas Bektenov', 'Murat Bektanov'],
    ['Yerlan Koshanov', 'Yerlan Karin'],
    ['Maxim Ryzhenkov', 'Sergei Aleinik'],
  ])('keeps %s and %s apart', (first, second) => {
    expect(anyNameMatches([first], [second])).toBe(false);
  });

  it('matches when any spelling of one list meets any spelling of the other', () => {
    expect(anyNameMatches(['Péter Szijjártó', 'Петер Сийярто'], ['Петер Сийярто'])).toBe(true);
    expect(anyNameMatches(['Péter Szijjártó'], ['Петер Сийярто'])).toBe(false);
  });
});
