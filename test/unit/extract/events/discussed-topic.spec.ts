import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const heldEvents = (text: string, language: string) =>
  extractText(text, language)
    .events.filter((event) => event.status === 'held')
    .map((event) => ({ kind: event.kind, participants: [...event.participantIds].sort() }));

describe('an encounter a verb of discussion governs', () => {
  // uk-streamkyiv-sybiha-fidan-turkey (dev): the ministers discussed Zelensky's visit and possible talks with
  // Erdogan; neither is an encounter, and Zelensky and Erdogan took no part in the ministers' talk.
  it('is what was talked about, and the persons named in it are no participants', () => {
    const story = [
      'Міністр закордонних справ України Андрій Сибіга прибув до Туреччини, де зустрівся з турецьким колегою Хаканом Фіданом.',
      'Вони обговорили шляхи для досягнення мирного врегулювання конфлікту.',
      'Також вони обговорили підготовку до візиту президента України Володимира Зеленського до Туреччини та можливі переговори з президентом Туреччини Реджепом Ердоганом.',
    ].join('\n');
    expect(heldEvents(story, 'uk')).toEqual([expect.objectContaining({ participants: ['person:andrii-sybiha', 'person:hakan-fidan'] })]);
  });

  // uk-topinfo-2022-06-27-sandu-arrives-kyiv (dev): a word right after the verb tells how they talked.
  it('leaves the manner of the talk an encounter ("обговорили телефоном")', () => {
    const story = '22 червня Мая Санду та Володимир Зеленський обговорили телефоном засідання Євроради.';
    expect(heldEvents(story, 'uk')).toEqual([{ kind: 'phone_call', participants: ['person:maia-sandu', 'person:volodymyr-zelenskyy'] }]);
  });
});
