import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const callsOf = (text: string, language: string) =>
  extractText(text, language)
    .events.filter((event) => event.kind === 'phone_call')
    .map((event) => [...event.participantIds].sort());

// A phone call is between two: one subject's call "with A and B" is a call with each, and pairing A with B made a
// "met" pair of two persons who never spoke to each other.
describe('a phone call of one subject with several counterparts', () => {
  it('is one call with each (real sentence, Главред, dev split)', () => {
    const text =
      'Президент України Володимир Зеленський провів телефонні переговори з президентом Туреччини Реджепом Таїпом Ердоганом і азербайджанським лідером Ільхамом Алієвим.';
    expect(callsOf(text, 'uk')).toEqual([
      ['person:recep-tayyip-erdogan', 'person:volodymyr-zelenskyy'],
      ['person:ilham-aliyev', 'person:volodymyr-zelenskyy'],
    ]);
  });

  it('stays one call of all when the sentence says it joined them ("трехсторонний телефонный разговор")', () => {
    const text = 'Владимир Путин, Касым-Жомарт Токаев и Шавкат Мирзиёев провели трехсторонний телефонный разговор.';
    expect(callsOf(text, 'ru')).toEqual([['person:kassym-jomart-tokayev', 'person:shavkat-mirziyoyev', 'person:vladimir-putin']]);
  });
});

describe('a phone call of two named persons', () => {
  it('takes no country besides theirs from its sentence (real headline, Orda Baspasozi, dev split)', () => {
    expect(callsOf('Выборы и переговоры между Азербайджаном и Арменией: Токаев поговорил по телефону с Алиевым', 'ru')).toEqual([
      ['person:ilham-aliyev', 'person:kassym-jomart-tokayev'],
    ]);
  });

  it('takes no country from a later sentence of what they spoke about (real sentences, streets.kyiv.ua, dev split)', () => {
    const text = [
      'Президент України Володимир Зеленський провів телефонну розмову з президентом Туреччини Реджепом Таїпом Ердоганом.',
      'Ердоган підтвердив готовність організувати саміт лідерів з участю України, США, Росії та Туреччини, щоб сприяти мирному врегулюванню конфлікту.',
    ].join(' ');
    expect(callsOf(text, 'uk')).toEqual([['person:recep-tayyip-erdogan', 'person:volodymyr-zelenskyy']]);
  });
});
