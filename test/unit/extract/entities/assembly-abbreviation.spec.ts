import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const organizationIds = (text: string, language: string): string[] =>
  extractText(text, language)
    .entities.filter((entity) => entity.kind === 'organization')
    .map((entity) => entity.id);

// "ГА ООН" is the usual Russian and Ukrainian abbreviation of the UN General Assembly, as UNGA is the English
// one: the knowledge base lists it among the assembly's acronyms, so it no longer reads as the UN alone.
describe('the abbreviation "ГА ООН"', () => {
  it('is the UN General Assembly in Ukrainian (real sentence of UNN and Ultra News)', () => {
    expect(
      organizationIds('Я був щиро радий зустрітися з міністром закордонних справ Узбекистану Бахтійором Саїдовим на ГА ООН.', 'uk'),
    ).toContain('org:unga');
  });

  it('is the UN General Assembly in Russian', () => {
    expect(organizationIds('Министр провел встречу на полях ГА ООН в Нью-Йорке.', 'ru')).toContain('org:unga');
  });

  it('leaves a bare "ООН" the United Nations', () => {
    const ids = organizationIds('Казахстан поддерживает усилия ООН по урегулированию.', 'ru');
    expect(ids).toContain('org:un');
    expect(ids).not.toContain('org:unga');
  });
});
