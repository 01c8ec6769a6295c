import { describe, expect, it } from '@jest/globals';
import { countScripts, detectLanguage } from '../../../../src/extract/language/detect-language.ts';

describe("detecting an article's language", () => {
  it.each([
    ['en', 'Turkey and Kazakhstan discussed opportunities to strengthen cooperation in the defense industry sector.'],
    ['uk', 'Казахський міністр оборони Руслан Жаксиликов зустрівся з турецьким колегою Хулусі Акаром.'],
    ['ru', 'Министр обороны Казахстана встретился с турецким коллегой, стороны обсудили военное сотрудничество.'],
    ['kk', 'Қазақстан мен Түркия қорғаныс саласындағы ынтымақтастықты талқылады.'],
    ['de', 'Die Verteidigungsminister trafen sich in Berlin und sprachen über die Zusammenarbeit.'],
  ])('reads %s', (language, text) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it('tells Ukrainian from Russian in short texts by their letters', () => {
    expect(detectLanguage('Міністри оборони зустрілися в Анкарі.').language).toBe('uk');
    expect(detectLanguage('Министры обороны встретились в Анкаре.').language).toBe('ru');
  });

  it('reads a short English headline as English rather than a near-tie language', () => {
    expect(detectLanguage('Defence ministers met').language).toBe('en');
  });

  it('is more confident about a long text than a short one, always within 0..1', () => {
    const long = detectLanguage(
      'Казахський міністр оборони зустрівся з турецьким колегою. Сторони обговорили співпрацю у галузі безпілотників і підписали угоду про військове співробітництво.',
    );
    const short = detectLanguage('Президент підписав угоду');

    expect(long.confidence).toBeGreaterThan(short.confidence);
    for (const result of [long, short]) {
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('countScripts', () => {
  it('counts what the Latin and Cyrillic letter classes match, code unit by code unit', () => {
    const text = 'Tokayev – Токаев, Erdoğan; Қазақстан 2024 ÀÿĀɏ Ѐӿ ɐ Ԁ 🙂 ǅ';
    expect(countScripts(text)).toEqual({
      latin: text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0,
      cyrillic: text.match(/[\u0400-\u04FF]/g)?.length ?? 0,
    });
  });
});
