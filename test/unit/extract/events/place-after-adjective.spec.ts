import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const placesOf = (text: string, language: string) => extractText(text, language).events.map((event) => event.placeId);

describe('a place named after an adjective of place', () => {
  // uk-focus-zelensky-aliyev-davos (dev).
  it('is where the encounter took place: "у швейцарському Давосі"', () => {
    const text =
      'Президент України Володимир Зеленський зустрівся з президентом Азербайджану Ільхамом Алієвим під час Всесвітнього економічного форуму у швейцарському Давосі.';
    expect(placesOf(text, 'uk')).toEqual(['place:davos']);
  });

  // МИР 24 (a real page in neither split).
  it('is where it took place in Russian too: "в казахстанском Шымкенте"', () => {
    const text =
      'Президенты Казахстана и Узбекистана Касым-Жомарт Токаев и Шавкат Мирзиеев провели неформальную встречу в казахстанском Шымкенте.';
    expect(placesOf(text, 'ru')).toEqual(['place:shymkent']);
  });

  it('is not a place of the encounter without the preposition: "о казахстанском Шымкенте" is what was talked about', () => {
    const text = 'Касым-Жомарт Токаев и Шавкат Мирзиеев провели встречу, рассказав о казахстанском Шымкенте.';
    expect(placesOf(text, 'ru')).toEqual([undefined]);
  });
});
