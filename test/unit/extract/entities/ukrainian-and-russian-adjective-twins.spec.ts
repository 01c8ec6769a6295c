import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const organizationIds = (text: string, language: string): string[] =>
  extractText(text, language)
    .entities.filter((entity) => entity.kind === 'organization')
    .map((entity) => entity.id);

// A Ukrainian hard adjective and the Russian one of its stem ("валютний", "валютный") share their case forms
// ("валютного"): those forms went to the Russian word, and a Ukrainian name in the genitive was missed.
describe('an organization named with an adjective Ukrainian and Russian spell alike in its cases', () => {
  it('is the IMF in the Ukrainian genitive (real sentence, Sud.ua)', () => {
    expect(
      organizationIds(
        'Також Володимир Зеленський провів зустрічі з директоркою-розпорядницею Міжнародного валютного фонду Крісталіною Георгієвою, вселенським патріархом Варфоломієм і президентом Казахстану Касимом-Жомартом Токаєвим.',
        'uk',
      ),
    ).toContain('org:imf');
  });

  it('is still the IMF in the Russian genitive', () => {
    expect(organizationIds('Миссия Международного валютного фонда завершила работу в Астане.', 'ru')).toContain('org:imf');
  });

  it('is still the UN General Assembly in the Ukrainian genitive (real sentence, President of Ukraine)', () => {
    expect(
      organizationIds(
        'Президент України Володимир Зеленський прибув у Нью-Йорк для участі в заходах із нагоди 80-ї сесії Генеральної Асамблеї ООН, де провів зустріч із Президентом Казахстану Касимом-Жомартом Токаєвим.',
        'uk',
      ),
    ).toContain('org:unga');
  });

  it('is still the UN General Assembly in the Russian genitive', () => {
    expect(organizationIds('Токаев выступил на сессии Генеральной Ассамблеи ООН.', 'ru')).toContain('org:unga');
  });
});
