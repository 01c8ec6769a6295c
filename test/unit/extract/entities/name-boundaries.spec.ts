import { describe, expect, it } from '@jest/globals';
import { analyzeText } from '../../../support/entity-analysis.ts';

const personNames = (text: string, language: string) =>
  analyzeText(text, language)
    .entities.filter((entity) => entity.kind === 'person')
    .map((entity) => entity.name);

// The shapes of issue 14's findings on real news, as short unit fixtures.
describe('where a person’s name begins and ends', () => {
  it.each([
    ['Министр экономического развития России Максим Решетников прибыл в Астану.', 'Максим Решетников'],
    ['Посол Ирана Ибрахим Рахими прибыл в Астану.', 'Ибрахим Рахими'],
  ])('never cuts a nominative first name that ends like an instrumental: %s', (text, name) => {
    expect(personNames(text, 'ru')).toContain(name);
  });

  it.each([
    ['Emir of Qatar Sheikh Tamim bin Hamad Al Thani arrived in Astana.', 'Tamim bin Hamad Al Thani'],
    ['President of the UAE Sheikh Mohamed bin Zayed Al Nahyan received the delegation.', 'Mohamed bin Zayed Al Nahyan'],
  ])('keeps every part of a multi-part Arabic name: %s', (text, name) => {
    expect(personNames(text, 'en')).toEqual([name]);
  });

  it.each([
    ['Ранее Токаев встретился с Путиным в Москве.', 'ru'],
    ['У Донбасі Зеленський зустрівся з військовими.', 'uk'],
    // uk-focus-zelensky-aliyev-davos (dev): a sentence-opening adverb, "previously".
    ['Попередньо Зеленський також зустрівся з президентом Ізраїлю та обговорювали шляхи досягнення миру в Україні.', 'uk'],
  ])('does not glue an adverb or a place before a known surname onto it: %s', (text, language) => {
    const names = personNames(text, language);
    expect(names.some((name) => ['Ранее', 'Донбас', 'Попередньо'].some((start) => name.startsWith(start)))).toBe(false);
    expect(names.length).toBeGreaterThan(0);
  });
});
