import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const heldEvents = (text: string, language: string): Array<[string, string[]]> =>
  extractText(text, language)
    .events.filter((event) => event.status === 'held')
    .map((event) => [event.kind, [...event.participantIds].sort()]);

// "is going to" (English) and the present "пропонує" (Ukrainian, "proposes") announce an event as "will" and
// "запропонувала" already did: what they introduce has not taken place.
describe('an event announced with "is going to" or proposed with "пропонує"', () => {
  it('is not a held visit in English (real sentences, Kursiv)', () => {
    expect(
      heldEvents(
        'New Foreign Minister of Kazakhstan Murat Nurtleu is going to Russia on his first visit to a foreign country. ' +
          '«On April 11, Deputy Prime Minister – Minister of Foreign Affairs Murat Nurtleu is going to make a trip to Russia with an official visit,» Smadiayarov said during a press briefing today.',
        'en',
      ),
    ).toEqual([]);
  });

  it('is not a held meeting in Ukrainian (real headline and caption, RBC-Ukraine)', () => {
    expect(
      heldEvents(
        'ua en ru\n\nТуреччина пропонує організувати зустріч голів МЗС України та Росії\n\n' +
          'Туреччина пропонує організувати зустріч голів МЗС України та Росії Фото: голова МЗС Туреччини Мевлют Чавушоглу (flickr.com)\n\n' +
          'Туреччина запропонувала провести зустріч голів МЗС України та Росії Дмитра Кулеби та Сергія Лаврова на полях дипломатичного форуму в Анталії.',
        'uk',
      ),
    ).toEqual([]);
  });

  it('leaves a visit told in the past held', () => {
    expect(heldEvents('Murat Nurtleu paid an official visit to Russia on April 11.', 'en')).toEqual([
      ['visit', ['country:ru', 'person:murat-nurtleu']],
    ]);
  });
});
