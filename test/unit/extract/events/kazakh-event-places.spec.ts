import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
// Our own sentences (unit fixtures): Kazakh marks "in" on the place name, or with "қаласында" after it.
const placesOf = (text: string) =>
  extractArticle({ bytes: new TextEncoder().encode(text), sourceName: 'kk.txt', metadata: { language: 'kk' } }, knowledge).events.map((event) => event.placeId);

describe('where a meeting took place, in Kazakh', () => {
  it('is the place whose name carries a locative ending ("Анкарада", in Ankara)', () => {
    expect(placesOf('Қасым-Жомарт Тоқаев 2022 жылғы 10 мамырда Анкарада Режеп Тайып Ердоғанмен кездесті.')).toEqual(['place:ankara']);
  });

  it('is the place followed by "қаласында" (in the city of)', () => {
    expect(placesOf('Қасым-Жомарт Тоқаев 2022 жылғы 11 қарашада Самарқанд қаласында Мажарстан Премьер-министрі Виктор Орбанмен кездесті.')).toEqual(['place:samarkand']);
  });

  it('is not a place whose own name ends as a locative does ("Қызылорда")', () => {
    expect(placesOf('Қасым-Жомарт Тоқаев 2022 жылғы 10 мамырда Режеп Тайып Ердоғанмен кездесті, Қызылорда туралы айтты.')).toEqual([undefined]);
  });

  it('takes no country in the locative for a party ("Ауғанстандағы жағдай", the situation in Afghanistan)', () => {
    const participants = extractArticle(
      { bytes: new TextEncoder().encode('Путин мен Лукашенко телефон арқылы сөйлесіп, Ауғанстандағы жағдайды талқылады.'), sourceName: 'kk.txt', metadata: { language: 'kk' } },
      knowledge,
    ).events.map((event) => [...event.participantIds].sort());
    expect(participants).toEqual([['person:alexander-lukashenko', 'person:vladimir-putin']]);
  });
});
