import { describe, expect, it } from '@jest/globals';
import { personOffices } from '../../../support/extract-text.ts';

const officesOf = (text: string, name: string): string[] => personOffices(text, 'kk').find(([person]) => person === name)?.[1] ?? [];

// Kazakh news names a head of state by the country and "басшысы" (head) or, for China, "Төрағасы" (Chairman):
// "Ресей басшысы Владимир Путин", "Қытай Төрағасы Си Цзиньпин". Right after the country only: "СІМ басшысы"
// heads a ministry and "үкіметі төрағасының" chairs a government (entity words 1.7.0, countryHeadTitles).
describe('a Kazakh title of head of state right after the country', () => {
  it('makes "Ресей басшысы" the President of Russia (real sentence, Arasha.kz)', () => {
    expect(
      officesOf(
        'Ресей басшысы Владимир Путин мемлекет басшысы Қасым-Жомарт Тоқаевқа Қазақстанның бұрынғы президенті Нұрсұлтан Назарбаевпен не себепті кездескенін түсіндірген.',
        'Vladimir Putin',
      ),
    ).toEqual(['office:president country:ru']);
  });

  it('makes "Қытай Төрағасы" the President of China (real sentence, Akorda)', () => {
    expect(
      officesOf(
        'Сондай-ақ кездесуде Өзбекстан Президенті Шавкат Мирзиёев, Үндістан Премьер-министрі Нарендра Моди, Қытай Төрағасы Си Цзиньпин, Қырғызстан Президенті Садыр Жапаров, Пәкістан Премьер-министрі Шахбаз Шариф, Ресей Президенті Владимир Путин және Тәжікстан Президенті Эмомали Рахмон сөз сөйледі.',
        'Xi Jinping',
      ),
    ).toEqual(['office:president country:cn']);
  });

  it("makes the Chairman of the People's Republic of China its President (real sentence, Opennews.kz)", () => {
    expect(
      officesOf(
        'Мемлекет басшысы Қасым-Жомарт Тоқаев Қазақстанға мемлекеттік сапармен келген Қытай Халық Республикасының төрағасы Си Цзиньпинді Ақордада қарсы алды.',
        'Xi Jinping',
      ),
    ).toEqual(['office:president country:cn']);
  });

  it('leaves the chairman of a government no President (real sentence, Zakon.kz)', () => {
    expect(
      officesOf(
        'Айта кетсек, бүгін, 10 қарашада Қасым-Жомарт Тоқаев Ресей Федерациясы үкіметі төрағасының бірінші орынбасары Денис Мантуровты қабылдаған болатын.',
        'Денис Мантуров',
      ),
    ).not.toContain('office:president country:ru');
  });

  it('leaves the head of a ministry no President', () => {
    expect(officesOf('ҚР СІМ басшысы Мұрат Нұртілеу Ұйымның Бас хатшысымен кездесті.', 'Murat Nurtleu')).not.toContain(
      'office:president country:kz',
    );
  });
});
