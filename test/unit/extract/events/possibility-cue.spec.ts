import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const eventsOf = (text: string, language: string) =>
  extractText(text, language).events.map((event) => ({
    kind: event.kind,
    status: event.status,
    participants: [...event.participantIds].sort(),
  }));

describe('an encounter that is only possible', () => {
  // uk-streamkyiv-sybiha-fidan-turkey (dev): not ruling out the possibility of a visit is no visit.
  it('is not held: "не відкидає можливість візиту"', () => {
    const story = [
      'Міністр закордонних справ України Андрій Сибіга прибув до Туреччини, де зустрівся з турецьким колегою Хаканом Фіданом.',
      'Президент США Дональд Трамп також не відкидає можливість візиту до Стамбула.',
    ].join('\n\n');
    const held = eventsOf(story, 'uk').filter((event) => event.status === 'held');
    expect(held).toEqual([expect.objectContaining({ participants: ['person:andrii-sybiha', 'person:hakan-fidan'] })]);
  });

  it('is not held in Russian and English either: "возможный визит", "a possible visit"', () => {
    const ru = eventsOf('Стороны обсудили возможный визит Дональда Трампа в Стамбул.', 'ru');
    expect(ru.filter((event) => event.status === 'held')).toEqual([]);
    const en = eventsOf('The sides discussed a possible visit by Donald Trump to Istanbul.', 'en');
    expect(en.filter((event) => event.status === 'held')).toEqual([]);
  });
});
