import { describe, expect, it } from '@jest/globals';
import { findDateline } from '../../../../src/extract/clean/dateline.ts';

describe('reading the dateline that opens a wire story', () => {
  it('reads "CITY. AGENCY -" and names the agency in title case', () => {
    expect(findDateline('NUR SULTAN. KAZINFORM - Turkey and Kazakhstan met.')).toEqual({ text: 'NUR SULTAN. KAZINFORM', length: 24, agency: 'Kazinform' });
  });

  it('reads "CITY, date (Agency) —" and the Russian "/TASS/" form', () => {
    expect(findDateline('MOSCOW, May 10 (Reuters) — The talks began.')?.agency).toBe('Reuters');
    expect(findDateline('МОСКВА, 10 мая. /ТАСС/. Переговоры начались.')).toMatchObject({ text: 'МОСКВА, 10 мая. /ТАСС/.', agency: 'ТАСС' });
  });

  it('reads a place alone before a dash, with no agency', () => {
    expect(findDateline('WASHINGTON — The talks began.')).toEqual({ text: 'WASHINGTON', length: 13 });
  });

  it('finds none in an ordinary sentence', () => {
    expect(findDateline('Turkey and Kazakhstan on Thursday discussed cooperation - in detail.')).toBeUndefined();
    expect(findDateline('The U.S. - Kazakhstan talks began.')).toBeUndefined();
  });

  it('reads "CITY, full date." and keeps the date, in English and Russian, with a stop or a dash', () => {
    expect(findDateline('ASTANA, March 3, 2023. Deputy Minister Roman Vassilenko met')).toMatchObject({ text: 'ASTANA, March 3, 2023.', date: { iso: '2023-03-03' } });
    expect(findDateline('ASTANA, 3 March 2023 – The talks began')).toMatchObject({ date: { iso: '2023-03-03' } });
    expect(findDateline('АСТАНА, 3 марта 2023 года. Роман Василенко встретился')).toMatchObject({ date: { iso: '2023-03-03' } });
  });

  it('takes no date from a dateline without a year, and no dateline from a sentence that merely starts with a place', () => {
    expect(findDateline('MOSCOW, May 10 (Reuters) - Talks')?.date).toBeUndefined();
    expect(findDateline('Astana, the capital, hosted the talks in 2023.')).toBeUndefined();
  });
});
