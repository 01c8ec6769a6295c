import { describe, expect, it } from '@jest/globals';
import { analyzeText, idsOfKind, officesOf } from '../../../support/entity-analysis.ts';

describe('holders of a plural title listed by country', () => {
  it('gives each person of "the defence ministers of Norway …, Chile … and Kenya …" the office for the country before the name', () => {
    const analysis = analyzeText(
      'Tokayev received the defence ministers of Norway Erik Lindqvist, Chile Mateo Rojas and Kenya Amani Otieno in Astana.',
      'en',
      '2024-05-01',
    );
    expect(officesOf(analysis, 'person:erik-lindkvist')).toEqual(['office:minister-of-defence@country:no']);
    expect(officesOf(analysis, 'person:mateo-roas')).toEqual(['office:minister-of-defence@country:cl']);
    expect(officesOf(analysis, 'person:amani-oteno')).toEqual(['office:minister-of-defence@country:ke']);
    const chile = analysis.mentions.find((mention) => mention.entityId === 'country:cl');
    expect(chile?.describesPersonId).toBe('person:mateo-roas');
  });

  it('reads no list from a plural title followed by countries alone', () => {
    const analysis = analyzeText('The presidents of Norway and Chile met in Oslo on Monday.', 'en', '2024-05-01');
    expect(idsOfKind(analysis, 'person')).toEqual([]);
  });

  // ru-uzinform-2025-11-16-mirziyoyev-aliyev-japarov-rahmon (dev): the Russian title takes each country in the
  // genitive, with no preposition.
  it('reads a Russian list whose countries follow the declined title in the genitive', () => {
    const analysis = analyzeText(
      '15 ноября Президент Узбекистана Шавкат Мирзиёев провел встречи с прибывшими с визитом в страну для участия в 7-й Консультативной встрече глав государств Центральной Азии Президентами Азербайджана Ильхамом Алиевым, Кыргызстана Садыром Жапаровым и Таджикистана Эмомали Рахмоном.',
      'ru',
      '2025-11-16',
    );
    expect(officesOf(analysis, 'person:ilham-aliyev')).toEqual(['office:president@country:az']);
    expect(officesOf(analysis, 'person:sadyr-japarov')).toEqual(['office:president@country:kg']);
    expect(officesOf(analysis, 'person:emomali-rahmon')).toEqual(['office:president@country:tj']);
  });
});

describe('holders of a plural title whose countries are listed together before the names', () => {
  // ru-eadaily-2018-11-08-shoigu-yermekbayev-program (dev)
  it('gives the n-th name the title for the n-th country: "министры обороны России и Казахстана Сергей Шойгу и Нурлан Ермекбаев"', () => {
    const analysis = analyzeText(
      'Сегодня в Астане министры обороны России и Казахстана Сергей Шойгу и Нурлан Ермекбаев подписали программу стратегического партнерства.',
      'ru',
    );
    expect(officesOf(analysis, 'person:sergei-shoigu')).toEqual(['office:minister-of-defence@country:ru']);
    expect(officesOf(analysis, 'person:nurlan-yermekbayev')).toEqual(['office:minister-of-defence@country:kz']);
  });

  // ru-ordabaspasozi-tokayev-aliyev-call (dev): a dash between the countries and the names.
  it('reads the names after a dash: "между президентами Казахстана и Азербайджана — Касым-Жомартом Токаевым и Ильхамом Алиевым"', () => {
    const analysis = analyzeText(
      'Сегодня состоялся телефонный разговор между президентами Казахстана и Азербайджана — Касым-Жомартом Токаевым и Ильхамом Алиевым.',
      'ru',
    );
    expect(officesOf(analysis, 'person:kassym-jomart-tokayev')).toEqual(['office:president@country:kz']);
    expect(officesOf(analysis, 'person:ilham-aliyev')).toEqual(['office:president@country:az']);
  });

  it('reads Kazakh countries before the plural title: "Қазақстан мен Ресей президенттері Қасым-Жомарт Тоқаев пен Владимир Путин"', () => {
    const analysis = analyzeText('Қазақстан мен Ресей президенттері Қасым-Жомарт Тоқаев пен Владимир Путин келіссөз жүргізді.', 'kk');
    expect(officesOf(analysis, 'person:kassym-jomart-tokayev')).toEqual(['office:president@country:kz']);
    expect(officesOf(analysis, 'person:vladimir-putin')).toEqual(['office:president@country:ru']);
  });

  it('gives no office when the names are fewer than the countries', () => {
    const analysis = analyzeText('Президенты Украины, Польши и Казахстана Петр Порошенко и Нурсултан Назарбаев провели переговоры.', 'ru');
    expect(officesOf(analysis, 'person:nursultan-nazarbayev')).toEqual([]);
  });
});
