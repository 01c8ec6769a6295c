import { describe, expect, it } from '@jest/globals';
import { createDateFinder } from '../../../../src/extract/dates/find-dates.ts';
import { parseStatedDate } from '../../../../src/extract/dates/publication-date.ts';

function datesIn(sentence: string, language: string, published?: string) {
  const find = createDateFinder(sentence, language, published ? parseStatedDate(published) : undefined);
  return find({ text: sentence, start: 0, end: sentence.length }).map((mention) => {
    expect(sentence.slice(mention.start, mention.end)).toBe(mention.text);
    return { text: mention.text, iso: mention.date.iso, relative: mention.relative };
  });
}

describe('finding event dates in a sentence', () => {
  it('resolves a weekday to the latest such day on or before the publication date', () => {
    expect(datesIn('Turkey and Kazakhstan on Thursday discussed cooperation.', 'en', '2021-02-05')).toEqual([
      { text: 'on Thursday', iso: '2021-02-04', relative: true },
    ]);
    expect(datesIn('They met on Saturday in Astana.', 'en', '2021-02-05')).toEqual([
      { text: 'on Saturday', iso: '2021-01-30', relative: true },
    ]);
    expect(datesIn('They met on Friday in Astana.', 'en', '2021-02-05')).toEqual([
      { text: 'on Friday', iso: '2021-02-05', relative: true },
    ]);
  });

  it('dates "this week" to the month of publication when the week lies within that month', () => {
    // en-kazinform-2017-04-22-kazakh-kyrgyz-fms (dev), published on Saturday 22 April 2017.
    const sentence =
      "Minister of Foreign Affairs of the Republic of Kazakhstan Kairat Abdrakhmanov met with his colleague Foreign Affairs Minister of Kyrgyzstan Erlan Abdyldayev in Astana this week, Kazinform has learned from the Kazakh MFA's press service.";
    expect(datesIn(sentence, 'en', '2017-04-22')).toEqual([{ text: 'this week', iso: '2017-04', relative: true }]);
  });

  it('leaves "this week" undated when the week began in the month before publication', () => {
    const sentence = 'Kairat Abdrakhmanov met with Erlan Abdyldayev in Astana this week.';
    expect(datesIn(sentence, 'en', '2017-06-01')).toEqual([]);
    expect(datesIn(sentence, 'en')).toEqual([]);
  });

  it('reads a Ukrainian weekday written with the typographic apostrophe ("пʼятницю", "п’ятницю") as with the plain one', () => {
    // Our own sentences: no dev article names a Friday; Ukrainian news writes the apostrophe as U+02BC or U+2019.
    expect(datesIn('Зеленський у пʼятницю зустрівся з Токаєвим.', 'uk', '2024-10-18')).toEqual([
      { text: 'у пʼятницю', iso: '2024-10-18', relative: true },
    ]);
    expect(datesIn('Зеленський у п’ятницю зустрівся з Токаєвим.', 'uk', '2024-10-21')).toEqual([
      { text: 'у п’ятницю', iso: '2024-10-18', relative: true },
    ]);
  });

  it('reads a day written as an ordinal ("15-го марта") as the plain day', () => {
    // Our own sentences: no dev article writes a day so.
    expect(datesIn('Путин 15-го марта встретился с Токаевым.', 'ru', '2024-10-18')).toEqual([
      { text: '15-го марта', iso: '2024-03-15', relative: true },
    ]);
    expect(datesIn('Зеленський 15-го березня 2024 року зустрівся з Токаєвим.', 'uk')).toEqual([
      { text: '15-го березня 2024 року', iso: '2024-03-15', relative: false },
    ]);
  });

  it('reads the Ukrainian "учора" (yesterday) as chrono reads "вчора"', () => {
    // Our own sentence: no real article at hand spells it so.
    expect(datesIn('Учора Зеленський зустрівся з Токаєвим.', 'uk', '2024-10-18')).toEqual([
      { text: 'Учора', iso: '2024-10-17', relative: true },
    ]);
    expect(datesIn('Вчора Зеленський зустрівся з Токаєвим.', 'uk', '2024-10-18')).toEqual([
      { text: 'Вчора', iso: '2024-10-17', relative: true },
    ]);
  });

  it('gives "10 травня" the publication year, or the year before when it would lie after publication', () => {
    expect(datesIn('Розмова відбулась 10 травня.', 'uk', '2022-05-11')).toEqual([{ text: '10 травня', iso: '2022-05-10', relative: true }]);
    expect(datesIn('The meeting on December 28 was useful.', 'en', '2022-01-05')).toEqual([
      { text: 'December 28', iso: '2021-12-28', relative: true },
    ]);
  });

  it('keeps a day and month without year partial when the publication date is unknown', () => {
    const find = createDateFinder('Розмова відбулась 10 травня.', 'uk', undefined);
    const [mention] = find({ text: 'Розмова відбулась 10 травня.', start: 0, end: 28 });

    expect(mention?.date).toEqual({ month: 5, day: 10, iso: '--05-10', text: '10 травня' });
    expect(mention?.relative).toBe(false);
  });

  it('drops purely relative dates when the publication date is unknown', () => {
    expect(datesIn('The exhibition will be held next year, they said today on Thursday.', 'en')).toEqual([]);
  });

  it('resolves "today" and "next year" against the publication date', () => {
    expect(datesIn('They held a meeting in Astana today.', 'en', '2015-11-04')).toEqual([
      { text: 'today', iso: '2015-11-04', relative: true },
    ]);
    expect(datesIn('KADEX-2016 will be held in Astana next year.', 'en', '2015-11-04')).toEqual([
      { text: 'next year', iso: '2016', relative: true },
    ]);
  });

  it('reads full dates as stated and a bare year after a preposition as a year', () => {
    expect(datesIn('On May 21, 2024 in Astana, the ministers met.', 'en', '2024-05-22')).toEqual([
      { text: 'May 21, 2024', iso: '2024-05-21', relative: false },
    ]);
    expect(datesIn('The first visit since he assumed office in 2019.', 'en')).toEqual([{ text: '2019', iso: '2019', relative: false }]);
    expect(datesIn('Безпілотник створили в Туреччині у 2013 році.', 'uk')).toEqual([{ text: '2013', iso: '2013', relative: false }]);
    expect(datesIn('Министры встретились 10 мая 2022 года в Анкаре.', 'ru')).toEqual([
      { text: '10 мая 2022 года', iso: '2022-05-10', relative: false },
    ]);
  });

  it('does not read lengths of time, amounts or quantities as dates', () => {
    for (const sentence of [
      'Emphasizing the 30 years of diplomatic relations.',
      'Turkey invested more than $4.2 billion over the past 16 years.',
      'They can manufacture up to 10 thousand tractors per year.',
      'We will reach the target of $10 billion quickly.',
      'Час польоту – до 30 годин на максимальній висоті 9 000 метрів.',
      'The KADEX-2016 exhibition is popular.',
      'Nearly 2000 companies work in Kazakhstan.',
    ]) {
      expect(datesIn(sentence, sentence.includes('Час') ? 'uk' : 'en', '2022-05-11')).toEqual([]);
    }
  });

  it('gives offsets into the article text for a sentence in the middle of it', () => {
    const text = 'Headline\n\nThe talks took place on 10 May 2022 in Ankara.';
    const start = text.indexOf('The talks');
    const [mention] = createDateFinder(text, 'en', undefined)({ text: text.slice(start), start, end: text.length });

    expect(mention && text.slice(mention.start, mention.end)).toBe('on 10 May 2022');
  });
});

describe('counting "the next day" from the date the story last gave', () => {
  function datesOfLast(text: string, language: string, published: string) {
    const lastStart = text.lastIndexOf('. ') + 2;
    const find = createDateFinder(text, language, parseStatedDate(published));
    return find({ text: text.slice(lastStart), start: lastStart, end: text.length }).map((mention) => [mention.text, mention.date.iso]);
  }

  it('dates "на следующий день", "наступного дня", "келесі күні" and "the next day" a day after the last stated date', () => {
    expect(datesOfLast('14 апреля президент прибыл в Ташкент. На следующий день он провел встречу.', 'ru', '2016-04-15')).toEqual([
      ['На следующий день', '2016-04-15'],
    ]);
    expect(datesOfLast('10 травня президент прибув до Варшави. Наступного дня відбулися переговори.', 'uk', '2022-05-20')).toEqual([
      ['Наступного дня', '2022-05-11'],
    ]);
    expect(datesOfLast('2024 жылғы 12 қазанда президент Ташкентке келді. Келесі күні келіссөздер өтті.', 'kk', '2024-10-20')).toEqual([
      ['Келесі күні', '2024-10-13'],
    ]);
    expect(datesOfLast('The president arrived on March 3. The next day he met the premier.', 'en', '2023-03-10')).toEqual([
      ['The next day', '2023-03-04'],
    ]);
  });

  it('dates "the same day" on the last stated date, and nothing when the story stated none', () => {
    expect(datesOfLast('The president arrived on March 3. The same day he met the premier.', 'en', '2023-03-10')).toEqual([
      ['The same day', '2023-03-03'],
    ]);
    expect(datesOfLast('The president arrived in Astana. The next day he met the premier.', 'en', '2023-03-10')).toEqual([]);
  });
});
