import { describe, expect, it } from '@jest/globals';
import { isFurniture } from '../../../../src/extract/clean/line-features.ts';

describe('currency rates as page furniture', () => {
  it('recognises a rates widget in Latin or Cyrillic codes, short or run together in a long line', () => {
    expect(isFurniture('usd/kzt 450.16 eur/kzt 486.31')).toBe(true);
    expect(isFurniture('USD / KZT 450.16')).toBe(true);
    expect(isFurniture('руб/тнг 5.35')).toBe(true);
    expect(isFurniture(`${'Курс валют на сегодня и новости рынка, '.repeat(4)}rub/kzt 5.35 cny/kzt 62.89`)).toBe(true);
  });

  it('leaves prose with slashes alone, and a code glued to a longer word', () => {
    expect(isFurniture('The talks on 12/05 covered trade and/or transit between the two countries.')).toBe(false);
    expect(isFurniture('abcusd/kzt 450')).toBe(false);
    expect(isFurniture(`${'A long sentence about the visit and its outcomes, '.repeat(3)}with 24/7 support.`)).toBe(false);
  });
});
