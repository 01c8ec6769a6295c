import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
const placesOf = (language: string, text: string) =>
  extractArticle({ bytes: new TextEncoder().encode(text), sourceName: `${language}.txt`, metadata: { language } }, knowledge).events.map(
    (event) => event.placeId,
  );

describe('a meeting held in a building took place in its city', () => {
  it('puts talks "в Акорде" in Astana (ru-ratel, dev)', () => {
    expect(
      placesOf(
        'ru',
        'В Акорде начались двусторонние переговоры президента Казахстана Нурсултана Назарбаева и президента Ирана Хасана Рухани в узком составе, сообщает Казинформ.',
      ),
    ).toEqual(['place:astana']);
  });

  it('puts a welcome "Ақордада" (in Akorda, a locative) in Astana (kk-opennews, dev)', () => {
    expect(
      placesOf(
        'kk',
        'Мемлекет басшысы Қасым-Жомарт Тоқаев Қазақстанға мемлекеттік сапармен келген Қытай Халық Республикасының төрағасы Си Цзиньпинді Ақордада қарсы алды.',
      ),
      // Xi's visit and his meeting with the host, Tokayev: both in Astana.
    ).toEqual(['place:astana', 'place:astana']);
  });

  it('puts a meeting "in Akorda Palace" in Astana (en-eurodialogue, dev)', () => {
    expect(
      placesOf(
        'en',
        'Upon completion of the session of the EurAsEC Interstate Council in Akorda Palace Head of the State Nursultan Nazarbayev has had a meeting with President of Russia Dmitry Medvedev.',
      ),
    ).toEqual(['place:astana']);
  });

  // Our own sentences: the White House in the Ukrainian locative ("домі", о for і) and the Kazakh locative ("Ақ үйде", a two-letter word), and the Russian genitive still the Russian name.
  it('puts a meeting "у Білому домі", "Ақ үйде" and "в Белом доме" in Washington', () => {
    expect(
      placesOf('uk', 'Президент України Володимир Зеленський у понеділок зустрівся з президентом США Дональдом Трампом у Білому домі.'),
    ).toEqual(['place:washington']);
    expect(placesOf('kk', 'Қазақстан Президенті Қасым-Жомарт Тоқаев АҚШ Президенті Дональд Трамппен Ақ үйде кездесті.')).toEqual([
      'place:washington',
    ]);
    expect(
      placesOf('ru', 'Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом США Дональдом Трампом в Белом доме.'),
    ).toEqual(['place:washington']);
  });

  // Our own sentences: "in the Kremlin", "at the White House", with the article English puts between.
  it('puts talks "в Кремле" and "in the Kremlin" in Moscow, and a meeting "at the White House" in Washington', () => {
    expect(placesOf('ru', 'Путин и Токаев провели переговоры в Кремле.')).toEqual(['place:moscow']);
    expect(placesOf('en', 'Putin and Tokayev held talks in the Kremlin.')).toEqual(['place:moscow']);
    expect(placesOf('en', 'Tokayev met Donald Trump at the White House.')).toEqual(['place:washington']);
  });

  it('takes no city from a building that only speaks ("Akorda reports", "the White House said")', () => {
    expect(placesOf('en', 'Kassym-Jomart Tokayev held a meeting with Sergey Lavrov, Akorda reports.')).toEqual([undefined]);
    expect(placesOf('en', 'The White House said Trump met Tokayev.')).toEqual([undefined]);
  });

  // Our own sentence: the residence is where the signing was, and takes neither its country nor itself away as a party.
  it('keeps the host country a party of a document signed "в Акорде", and Akorda none', () => {
    const result = extractArticle(
      {
        bytes: new TextEncoder().encode('Казахстан и Белоруссия подписали в Акорде соглашение о сотрудничестве в космической сфере.'),
        sourceName: 'ru.txt',
        metadata: { language: 'ru' },
      },
      knowledge,
    );
    expect(result.agreements.map((agreement) => [...agreement.partyIds].sort())).toEqual([['country:by', 'country:kz']]);
    expect(result.events.map((event) => event.placeId)).toEqual(['place:astana']);
  });

  it('puts credentials received "у Софії Київській" in Kyiv, not in Sofia (uk-myua, dev)', () => {
    expect(
      placesOf(
        'uk',
        'Президент України Володимир Зеленський 2 червня прийняв вірчі грамоти в пані посла США Бріджит Брінк. Водночас Зеленський започаткував нову традицію таких церемоній у Софії Київській.',
      ),
    ).toEqual(['place:kyiv']);
  });
});
