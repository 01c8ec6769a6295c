import { describe, expect, it } from '@jest/globals';
import { dateOfDateLine, findDateInLine, parseStatedDate } from '../../../../src/extract/dates/publication-date.ts';

describe('reading publication dates', () => {
  it.each([
    ['5 February 2021, 13:16', '2021-02-05'],
    ['11 травня 2022, 16:47', '2022-05-11'],
    ['22 May 2024', '2024-05-22'],
    ['Published: Thursday, 5 February 2021', '2021-02-05'],
    ['Опубликовано: 10 мая 2022 г., 09:00', '2022-05-10'],
    ['2023-03-16T09:30:00+06:00', '2023-03-16'],
    ['16.03.2023 09:30', '2023-03-16'],
    // МИР 24's page header (a real page, in neither split): day first, as outside the United States.
    ['11:22 19/04/2024', '2024-04-19'],
    ['05/04/2024', '2024-04-05'],
    ['04/19/2024', '2024-04-19'],
    ['May 21, 2024', '2024-05-21'],
    ['2022 жылғы 11 мамыр', '2022-05-11'],
    ['23:0013.10.2022', '2022-10-13'],
    // Kazakh pages abbreviate the month (kk-dalanews-2017-11-28-…, kk-ult-2019-09-13-…, both dev).
    ['Dalanews 28 қар. 2017 06:43 228', '2017-11-28'],
    ['13 қыр, 2019 сағат 13:05', '2019-09-13'],
  ])('reads the date line "%s"', (line, iso) => {
    expect(dateOfDateLine(line)?.iso).toBe(iso);
  });

  it('does not take a sentence that mentions a date for a date line', () => {
    expect(dateOfDateLine('On May 21, 2024 in Astana, the Minister of Foreign Affairs held a meeting.')).toBeUndefined();
  });

  it('finds no complete date where a day, month or year is missing or impossible', () => {
    expect(findDateInLine('10 травня')).toBeUndefined();
    expect(findDateInLine('31.02.2021')).toBeUndefined();
    expect(findDateInLine('up to 10 thousand tractors in 2021')).toBeUndefined();
  });

  it('reads stated metadata dates, keeping a year or a month alone partial', () => {
    expect(parseStatedDate('2022-05-11T16:47')).toEqual({ year: 2022, month: 5, day: 11, iso: '2022-05-11', text: '2022-05-11T16:47' });
    expect(parseStatedDate('Thu, 05 Feb 2021 13:16:00 +0600')?.iso).toBe('2021-02-05');
    expect(parseStatedDate('2021-02')).toEqual({ year: 2021, month: 2, iso: '2021-02', text: '2021-02' });
    expect(parseStatedDate('2021')).toEqual({ year: 2021, iso: '2021', text: '2021' });
    expect(parseStatedDate('soon')).toBeUndefined();
  });
});
