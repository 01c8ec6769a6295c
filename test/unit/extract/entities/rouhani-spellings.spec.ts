import { describe, expect, it } from '@jest/globals';
import { eventKindsAndParticipants as eventsOf } from '../../../support/extract-text.ts';

// Russian and Ukrainian media write Hassan Rouhani both "Роухани" and "Рухани" (Ratel.kz, dev: "В
// международном аэропорту Астаны Хасана Рухани встречал министр …"); untitled, only the base's spelling was found.
describe('Hassan Rouhani in either Cyrillic spelling', () => {
  it.each([
    ['ru', 'Касым-Жомарт Токаев провел переговоры с Хасаном Рухани.'],
    ['ru', 'Касым-Жомарт Токаев провел переговоры с Хасаном Роухани.'],
    ['uk', 'Касим-Жомарт Токаєв провів переговори з Хасаном Рухані.'],
  ])('is found untitled (%s: "%s")', (language, text) => {
    expect(eventsOf(text, language)[0]?.[1]).toContain('person:hassan-rouhani');
  });
});
