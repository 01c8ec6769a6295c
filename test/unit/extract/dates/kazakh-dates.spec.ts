import { describe, expect, it } from '@jest/globals';
import { createDateFinder } from '../../../../src/extract/dates/find-dates.ts';
import { partialDate } from '../../../../src/extract/dates/partial-date.ts';

/** The dates of one Kazakh sentence, as ISO text, resolved against a publication date (or none). */
function datesIn(sentence: string, publishedAt?: string): string[] {
  const published =
    publishedAt === undefined
      ? undefined
      : partialDate({
          year: Number(publishedAt.slice(0, 4)),
          month: Number(publishedAt.slice(5, 7)),
          day: Number(publishedAt.slice(8, 10)),
        });
  const find = createDateFinder(sentence, 'kk', published);
  return find({ start: 0, end: sentence.length, text: sentence }).map((mention) => `${mention.text} = ${mention.date.iso}`);
}

// Sentences of real published articles (test/fixtures/real, dev split).
describe('dates in Kazakh text', () => {
  it('reads a day and a month in the locative, and "today", against the publication date', () => {
    expect(
      datesIn(
        'Айта кетсек, бүгін, 10 қарашада Қасым-Жомарт Тоқаев Ресей Федерациясы үкіметі төрағасының бірінші орынбасары Денис Мантуровты қабылдаған болатын.',
        '2025-11-10',
      ),
    ).toEqual(['бүгін = 2025-11-10', '10 қарашада = 2025-11-10']);
  });

  it('takes the first day of a range, and keeps month and day alone without a publication date', () => {
    expect(datesIn('Тоқаев Ресей Федерациясына 11-12 қарашада мемлекеттік сапармен барады.')).toEqual(['11-12 қарашада = --11-11']);
  });

  it('reads a day written as an ordinal joined to its month by a hyphen ("12-қазанда")', () => {
    // Our own sentence: no dev article spells a date so, though Kazakh news often does.
    expect(datesIn('Қасым-Жомарт Тоқаев 12-қазанда Владимир Путинмен кездесті.', '2024-10-18')).toEqual(['12-қазанда = 2024-10-12']);
    expect(datesIn('Тоқаев 2024 жылғы 12-қазанда Путинмен кездесті.')).toEqual(['2024 жылғы 12-қазанда = 2024-10-12']);
  });

  it('resolves a weekday ("дүйсенбі күні", "бейсенбі күні") to the latest such day on or before publication', () => {
    // Lukashenko turned 67 on Monday 30 August 2021; KazTAG's Thursday report is of 15 August 2024.
    expect(datesIn('Дүйсенбі күні Беларусь президентң 67 жасқа толды.', '2021-08-31')).toEqual(['Дүйсенбі күні = 2021-08-30']);
    expect(
      datesIn(
        'Спортшылар мен бапкерлердің тезірек сауығып кетуіне тілектеспіз», - деп хабарлады ҚазТАГ редакциясына бейсенбі күні ҚР президентінің баспасөз хатшысы Берік Уәли.',
        '2024-08-15',
      ),
    ).toEqual(['бейсенбі күні = 2024-08-15']);
  });

  it('reads a weekday in the locative ("бейсенбіде"), and no weekday without a publication date', () => {
    // Our own sentence: the locative form of the same weekday.
    expect(datesIn('Бейсенбіде Тоқаев Путинмен кездесті.', '2024-10-18')).toEqual(['Бейсенбіде = 2024-10-17']);
    expect(datesIn('Дүйсенбі күні Беларусь президентң 67 жасқа толды.')).toEqual([]);
  });

  it('reads the month before its day ("мамыр айының 15-і", real sentence, The Qazaq Times, dev split)', () => {
    expect(
      datesIn('Естеріңізге салайық, Шавкат Мирзиеев мамыр айының 15-і мен 17-і күндері аралығында Уашингтонға ресми іс-сапармен барған.'),
    ).toEqual(['мамыр айының 15 = --05-15']);
    expect(datesIn('2024 жылғы қазан айының 12-сінде кездесу өтті.')).toEqual(['2024 жылғы қазан айының 12 = 2024-10-12']);
  });

  it('reads a year written before the day and month', () => {
    expect(
      datesIn(
        'Беларусь президенті Александр Лукашенко 2014 жылдың 29 мамыры күні Астана қаласында президенттер деңгейінде өтетін Жоғарғы Еуразиялық экономикалық одақтың отырысына қатысу үшін Қазақстанға ұшып',
      ),
    ).toEqual(['2014 жылдың 29 мамыры = 2014-05-29']);
  });
});
