import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const countryIds = (text: string): string[] =>
  extractText(text, 'kk')
    .entities.filter((entity) => entity.kind === 'country')
    .map((entity) => entity.id);

// "Сауда" (trade) is "сауд" with the Kazakh locative "-да" by the letters, and a bare Kazakh adjective
// "сауд" made every trade talk of a Kazakh page a mention of Saudi Arabia (knowledge base 1.7.4).
describe('the Kazakh word for trade', () => {
  it('is no mention of Saudi Arabia (real sentence, Kazinform)', () => {
    expect(
      countryIds(
        'Сыртқы саяси ведомстволардың басшылары екі ел арасындағы сауда-экономикалық қатынастарды одан әрі дамытуға өзара бейілділігін растады.',
      ),
    ).not.toContain('country:sa');
  });

  it('is no mention of Saudi Arabia at the start of a sentence (real sentence, Sputnik Kazakhstan)', () => {
    expect(
      countryIds(
        'Сауда-экономикалық, көлік-логистикалық, су-энергетикалық және мәдени-гуманитарлық салалардағы ынтымақтастықты кеңейту мәселелері сөз болады.',
      ),
    ).not.toContain('country:sa');
  });

  it('leaves Saudi Arabia found by its Kazakh name', () => {
    expect(countryIds('Қазақстан Президенті Сауд Арабиясының сыртқы істер министрін қабылдады.')).toContain('country:sa');
  });
});
