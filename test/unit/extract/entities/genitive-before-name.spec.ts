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

  it('is not part of the name when it is two words: "с президентом Европейского совета Шарлем Мишелем" (real sentence, KZ Reporter)', () => {
    const text =
      'Ранее в резиденции Акорда состоялись переговоры Касым-Жомарта Токаева с президентом Европейского совета Шарлем Мишелем, который прибыл в Казахстан 26 октября с официальным визитом.';
    expect(eventsOf(text, 'ru')).toEqual([['negotiations', ['person:kassym-jomart-tokayev', 'person:sarl-misel']]]);
  });

  it('keeps a three-word name whose every word is in the title\'s case: "с министром Ахмедом Алием Мусой"', () => {
    const persons = eventsOf('Касым-Жомарт Токаев встретился с министром Ахмедом Алием Мусой.', 'ru')[0]?.[1] ?? [];
    expect(persons).toHaveLength(2);
    expect(persons.find((id) => id !== 'person:kassym-jomart-tokayev')).toMatch(/^person:ahmed-/);
  });

  it('is skipped when it names a body the base lacks: "директор Національної розвідки Ібрагім Калин" (real sentence, Новини.LIVE, dev split)', () => {
    const text =
      'Відомо, що з боку Анкари на зустрічі Зеленського та Ердогана також присутні голова МЗС країни Хакан Фідан, директор Національної розвідки Ібрагім Калин та головний радник президента Акіф Чагатай Килич.';
    expect(eventsOf(text, 'uk')[0]?.[1]).toContain('person:ibragim-kalin');
  });

  it('is skipped in any case of the title: "директора Федеральной службы безопасности Александра Бортникова"', () => {
    expect(eventsOf('Токаев принял директора Федеральной службы безопасности Александра Бортникова.', 'ru')).toEqual([
      ['meeting', ['person:aleksandr-bortnikov', 'person:kassym-jomart-tokayev']],
    ]);
  });
});
