import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
// Our own sentences (unit fixtures): Kazakh marks "in" on the place name, or with "қаласында" after it.
const placesOf = (text: string) =>
  extractArticle({ bytes: new TextEncoder().encode(text), sourceName: 'kk.txt', metadata: { language: 'kk' } }, knowledge).events.map(
    (event) => event.placeId,
  );

describe('where a meeting took place, in Kazakh', () => {
  it('is the place whose name carries a locative ending ("Анкарада", in Ankara)', () => {
    expect(placesOf('Қасым-Жомарт Тоқаев 2022 жылғы 10 мамырда Анкарада Режеп Тайып Ердоғанмен кездесті.')).toEqual(['place:ankara']);
  });

  // kk-sputnik-2021-11-12-tokayev-turkic-council-istanbul (dev): the usual Kazakh spelling of Istanbul, with its
  // prothetic Ы (knowledge base 1.6.1).
  it('is Istanbul spelt "Ыстанбұл" as well as "Стамбұл"', () => {
    expect(
      placesOf('Айта кетері, 11 қарашада Қазақстан президенті Қасым-Жомарт Тоқаев екі күндік жұмыс сапарымен Ыстанбұл қаласына барды.'),
    ).toEqual(['place:istanbul']);
  });

  it('is a place whose name ends in two consonants, with the linking vowel before the ending ("Минскіде", in Minsk)', () => {
    expect(placesOf('Нұрсұлтан Назарбаев 2017 жылғы 30 қарашада Минскіде Беларусь президенті Александр Лукашенкомен кездесті.')).toEqual([
      'place:minsk',
    ]);
  });

  // kk-egemen-tokayev-cavusoglu-online-meeting (dev) writes "Нұр-Сұлтанда өтетін" of the capital's name in 2019-2022.
  it('is a city under a former name with a locative ending ("Нұр-Сұлтанда", in Nur-Sultan, is Astana)', () => {
    expect(placesOf('Қасым-Жомарт Тоқаев 2021 жылғы 12 наурызда Нұр-Сұлтанда Шавкат Мирзиёевпен кездесті.')).toEqual(['place:astana']);
  });

  // kk-turkystan (dev): "we are preparing for the visit" is no visit yet.
  it('takes a visit being prepared for ("сапарына дайындалып жатырмыз") for a planned one', () => {
    const events = extractArticle(
      {
        bytes: new TextEncoder().encode('Қазіргі кезде Елбасы Нұрсұлтан Назарбаевтың Минскіге сапарына дайындалып жатырмыз.'),
        sourceName: 'kk.txt',
        metadata: { language: 'kk' },
      },
      knowledge,
    ).events;
    expect(events.map((event) => [event.kind, event.status])).toEqual([['visit', 'planned']]);
  });

  it('is the place followed by "қаласында" (in the city of)', () => {
    expect(
      placesOf('Қасым-Жомарт Тоқаев 2022 жылғы 11 қарашада Самарқанд қаласында Мажарстан Премьер-министрі Виктор Орбанмен кездесті.'),
    ).toEqual(['place:samarkand']);
  });

  it('is not a place whose own name ends as a locative does ("Қызылорда")', () => {
    expect(placesOf('Қасым-Жомарт Тоқаев 2022 жылғы 10 мамырда Режеп Тайып Ердоғанмен кездесті, Қызылорда туралы айтты.')).toEqual([
      undefined,
    ]);
  });

  it('takes no country in the locative for a party ("Ауғанстандағы жағдай", the situation in Afghanistan)', () => {
    const participants = extractArticle(
      {
        bytes: new TextEncoder().encode('Путин мен Лукашенко телефон арқылы сөйлесіп, Ауғанстандағы жағдайды талқылады.'),
        sourceName: 'kk.txt',
        metadata: { language: 'kk' },
      },
      knowledge,
    ).events.map((event) => [...event.participantIds].sort());
    expect(participants).toEqual([['person:alexander-lukashenko', 'person:vladimir-putin']]);
  });
});

describe('a visit told by a verb of arriving after the destination, in Kazakh', () => {
  const eventsOf = (text: string) =>
    extractArticle({ bytes: new TextEncoder().encode(text), sourceName: 'kk.txt', metadata: { language: 'kk' } }, knowledge).events.map(
      (event) => [event.kind, event.status, event.placeId, [...event.participantIds].sort()],
    );

  it('reads "Астанаға келді" (came to Astana) as a held visit in Astana, and "Қазақстанға келді" as one to Kazakhstan', () => {
    expect(eventsOf('Қырғызстан президенті Садыр Жапаров Астанаға келді.')).toEqual([
      ['visit', 'held', 'place:astana', ['person:sadyr-japarov']],
    ]);
    expect(eventsOf('Қырғызстан президенті Садыр Жапаров Қазақстанға келді.')).toEqual([
      ['visit', 'held', undefined, ['country:kz', 'person:sadyr-japarov']],
    ]);
  });

  it('places a meeting where its guest arrived ("Астанаға келген … Бас хатшысы Чжан Минмен кездесті")', () => {
    expect(eventsOf('Сыртқы істер министрі Мұрат Нұртілеу Астанаға келген Бас хатшы Чжан Минмен кездесті.')).toEqual([
      ['meeting', 'held', 'place:astana', ['person:murat-nurtleu', 'person:zhang-ming']],
    ]);
  });

  it('reads no visit when the verb follows something other than a destination ("хабарға келді")', () => {
    expect(eventsOf('Садыр Жапаров бұл шешімге келді.')).toEqual([]);
  });
});
