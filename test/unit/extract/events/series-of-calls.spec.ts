import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const eventsOf = (text: string, language: string) =>
  extractText(text, language).events.map((event) => ({
    kind: event.kind,
    status: event.status,
    participants: [...event.participantIds].sort(),
  }));

describe('a series of calls with persons an earlier report took as one group', () => {
  // uk-bigbenpub-sybiha-blinken-baerbock-odobescu-calls (dev): the headline tells one encounter of four; the lead says
  // it was a series of phone talks, one with each.
  it('is one call with each of them', () => {
    const story = [
      'Сибіга розпочав перші переговори з Блінкеном, Бербок та головою Міністерства закордонних справ Румунії.',
      'Не так давно новий міністр закордонних справ України Андрій Сибіга здійснив низку телефонних переговорів з державним секретарем США Ентоні Блінкеном, міністеркою закордонних справ Німеччини Анналеною Бербок та румунською колегою Лумініцею Одобеску.',
    ].join('\n\n');
    const events = eventsOf(story, 'uk');
    expect(events).toHaveLength(3);
    expect(events.every((event) => event.kind === 'phone_call' && event.participants.length === 2)).toBe(true);
    expect(events.map((event) => event.participants)).toEqual(
      expect.arrayContaining([
        ['person:andrii-sybiha', 'person:antony-blinken'],
        ['person:andrii-sybiha', 'person:annalena-baerbock'],
      ]),
    );
  });

  it("takes the reporter's later account of one of the calls into it, without the countries it talks about", () => {
    const story = [
      'Не так давно новий міністр закордонних справ України Андрій Сибіга здійснив низку телефонних переговорів з державним секретарем США Ентоні Блінкеном, міністеркою закордонних справ Німеччини Анналеною Бербок та румунською колегою Лумініцею Одобеску.',
      'Сибіга повідомив, що під час розмови з Блінкеном вони обговорили методи прискорення доставки військової допомоги, а також детально зупинилися на реалізації української "формули миру" та посиленні санкцій на адресу Росії.',
    ].join('\n\n');
    const events = eventsOf(story, 'uk');
    expect(events).toHaveLength(3);
    expect(events.flatMap((event) => event.participants)).not.toContain('country:ru');
  });

  it('leaves a group encounter alone when no series is told', () => {
    const story = 'Сибіга провів переговори з Блінкеном та Бербок у Брюсселі.';
    expect(eventsOf(story, 'uk')).toEqual([
      expect.objectContaining({ participants: ['person:andrii-sybiha', 'person:annalena-baerbock', 'person:antony-blinken'] }),
    ]);
  });
});
