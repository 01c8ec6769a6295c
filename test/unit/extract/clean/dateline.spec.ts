import { describe, expect, it } from '@jest/globals';
import { findDateline } from '../../../../src/extract/clean/dateline.ts';

describe('reading the dateline that opens a wire story', () => {
  it('reads "CITY. AGENCY -" and names the agency in title case', () => {
    expect(findDateline('NUR SULTAN. KAZINFORM - Turkey and Kazakhstan met.')).toEqual({
      text: 'NUR SULTAN. KAZINFORM',
      length: 24,
      agency: 'Kazinform',
    });
  });

  it('reads "CITY, date (Agency) —" and the Russian "/TASS/" form', () => {
    expect(findDateline('MOSCOW, May 10 (Reuters) — The talks began.')?.agency).toBe('Reuters');
    expect(findDateline('МОСКВА, 10 мая. /ТАСС/. Переговоры начались.')).toMatchObject({ text: 'МОСКВА, 10 мая. /ТАСС/.', agency: 'ТАСС' });
  });

  it('reads a numeric date in the "/AGENCY/" form (real dateline, Ховар, dev split)', () => {
    expect(findDateline('ДУШАНБЕ, 20.09.2022 /НИАТ «Ховар»/. Сегодня состоялся телефонный разговор.')).toMatchObject({
      agency: 'НИАТ «Ховар»',
      date: { iso: '2022-09-20' },
    });
  });

  it('reads a place alone before a dash, with no agency', () => {
    expect(findDateline('WASHINGTON — The talks began.')).toEqual({ text: 'WASHINGTON', length: 13 });
  });

  it('finds none in an ordinary sentence', () => {
    expect(findDateline('Turkey and Kazakhstan on Thursday discussed cooperation - in detail.')).toBeUndefined();
    expect(findDateline('The U.S. - Kazakhstan talks began.')).toBeUndefined();
  });

  it('reads "CITY, full date." and keeps the date, in English and Russian, with a stop or a dash', () => {
    expect(findDateline('ASTANA, March 3, 2023. Deputy Minister Roman Vassilenko met')).toMatchObject({
      text: 'ASTANA, March 3, 2023.',
      date: { iso: '2023-03-03' },
    });
    expect(findDateline('ASTANA, 3 March 2023 – The talks began')).toMatchObject({ date: { iso: '2023-03-03' } });
    expect(findDateline('АСТАНА, 3 марта 2023 года. Роман Василенко встретился')).toMatchObject({ date: { iso: '2023-03-03' } });
  });

  it('takes no date from a dateline without a year, and no dateline from a sentence that merely starts with a place', () => {
    expect(findDateline('MOSCOW, May 10 (Reuters) - Talks')?.date).toBeUndefined();
    expect(findDateline('Astana, the capital, hosted the talks in 2023.')).toBeUndefined();
  });

  it('reads a Kazakh or Russian wire dateline with a day and month, the agency before the dash or just after it', () => {
    expect(findDateline('АСТАНА. 28 мамыр. BAQ.KZ – Беларусь президенті келді.')).toMatchObject({
      text: 'АСТАНА. 28 мамыр. BAQ.KZ',
      agency: 'BAQ.KZ',
      dayMonth: { iso: '--05-28' },
    });
    expect(findDateline('Астана. 15 тамыз. ҚазТАГ – Кездесу кейінге шегерілді.')).toMatchObject({
      agency: 'ҚазТАГ',
      dayMonth: { iso: '--08-15' },
    });
    expect(findDateline('НҰР-СҰЛТАН, 27 ақпан – Sputnik. Қазақстан мен Қырғызстан басшылары кездеседі.')).toMatchObject({
      text: 'НҰР-СҰЛТАН, 27 ақпан – Sputnik.',
      agency: 'Sputnik',
      dayMonth: { iso: '--02-27' },
    });
    expect(findDateline('MOSCOW, May 10 (Reuters) - Talks')?.dayMonth?.iso).toBe('--05-10');
    expect(findDateline('БРЮССЕЛЬ. 25 октября. КАЗИНФОРМ /Димаш Сыздыков/ - Президент пригласил')).toMatchObject({
      agency: 'Казинформ',
      dayMonth: { iso: '--10-25' },
    });
    expect(findDateline('Astana. July 4. KazTAG - President Tokayev held a meeting.')).toMatchObject({
      text: 'Astana. July 4. KazTAG',
      agency: 'KazTAG',
      dayMonth: { iso: '--07-04' },
    });
  });

  it('takes no day-and-month dateline from a sentence that opens with a lower-case word or has no dash', () => {
    expect(findDateline('Astana, 15 people – were there.')).toBeUndefined();
    expect(findDateline('астана. 28 мамыр. BAQ.KZ – Беларусь президенті.')).toBeUndefined();
    expect(findDateline('Астана. 28 мамыр күні президент келді.')).toBeUndefined();
  });
});
