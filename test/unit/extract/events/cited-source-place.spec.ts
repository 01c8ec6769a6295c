import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const placesOf = (text: string, language: string) => extractText(text, language).events.map((event) => event.placeId);

describe('a residence cited as the source of a report', () => {
  // BAQ.kz, "Токаев встретился с Макроном в Нью-Йорке" (a real page, in neither split): the talks were at the UN
  // General Assembly; Akorda is the press service the agency cites.
  it('is not where the encounter took place: "… передает BAQ.KZ со ссылкой на Акорду"', () => {
    const text =
      'Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Франции Эмманюэлем Макроном на полях Генассамблеи ООН, передает BAQ.KZ со ссылкой на Акорду.';
    expect(placesOf(text, 'ru')).toEqual([undefined]);
  });

  it('is not where it took place in English either: "according to the Akorda"', () => {
    const text = 'Kassym-Jomart Tokayev held talks with Emmanuel Macron, according to the Akorda.';
    expect(placesOf(text, 'en')).toEqual([undefined]);
  });

  it('still places an encounter held in it in its city: "в Акорде"', () => {
    const text = 'Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Франции Эмманюэлем Макроном в Акорде.';
    expect(placesOf(text, 'ru')).toEqual(['place:astana']);
  });
});
