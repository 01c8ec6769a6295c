import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const eventsOf = (text: string, language: string) =>
  extractText(text, language).events.map((event) => ({
    kind: event.kind,
    placeId: event.placeId,
    participants: [...event.participantIds].sort(),
  }));

describe('an encounter on the sidelines of a gathering the text does not place', () => {
  // ru-mail-ru-lavrov-nurtleu-skopje-osce (dev): neither side is North Macedonia's, yet the OSCE council met in Skopje,
  // the city the dateline names.
  it('took place in the dateline city', () => {
    const story =
      'СКОПЬЕ, 30 ноя — РИА Новости. Министр иностранных дел России Сергей Лавров на полях Совета министров иностранных дел Организации по безопасности и сотрудничеству в Европе (СМИД ОБСЕ) проводит переговоры с заместителем премьер-министра — министром иностранных дел Казахстана Муратом Нуртлеу.';
    expect(eventsOf(story, 'ru')).toEqual([
      expect.objectContaining({ placeId: 'place:skopje', participants: ['person:murat-nurtleu', 'person:sergey-lavrov'] }),
    ]);
  });
});
