import { describe, expect, it } from '@jest/globals';
import { eventKindsAndParticipants as eventsOf } from '../../../support/extract-text.ts';

// Our own sentences (issue 14: "a word before a name is glued on"): a title in the instrumental heads a genitive
// ("президентом Евросовета") and then the name, which shares the title's case.
describe('a genitive between a title and a name the base does not know', () => {
  it.each([
    ['ru', 'Касым-Жомарт Токаев провел переговоры с президентом Евросовета Шарлем Мишелем.', 'person:sarl-misel'],
    ['uk', 'Касим-Жомарт Токаєв провів переговори з президентом Євроради Шарлем Мішелем.', 'person:sarl-misel'],
  ])('is not part of the name (%s: "%s")', (language, text, personId) => {
    expect(eventsOf(text, language)).toEqual([['negotiations', ['person:kassym-jomart-tokayev', personId]]]);
  });

  it('keeps a three-word name whose every word is in the title\'s case: "с министром Ахмедом Алием Мусой"', () => {
    const persons = eventsOf('Касым-Жомарт Токаев встретился с министром Ахмедом Алием Мусой.', 'ru')[0]?.[1] ?? [];
    expect(persons).toHaveLength(2);
    expect(persons.find((id) => id !== 'person:kassym-jomart-tokayev')).toMatch(/^person:ahmed-/);
  });
});
