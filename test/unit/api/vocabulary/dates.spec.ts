import { describe, expect, it } from '@jest/globals';
import { Kind } from 'graphql';
import { DateScalar, partialDate } from '../../../../src/api/vocabulary/dates.ts';

describe('the Date scalar', () => {
  it('takes a calendar date as YYYY-MM-DD and keeps it as that text', () => {
    expect(DateScalar.parseValue('2022-05-10')).toBe('2022-05-10');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2024-02-29' })).toBe('2024-02-29');
    expect(DateScalar.serialize('2022-05-10')).toBe('2022-05-10');
  });

  it.each(['2022-02-30', '2023-02-29', '2022-13-01', '10 May 2022', '2022-05', '2022-05-10T10:00:00Z', ''])(
    'refuses %j, saying the form expected and what came',
    (value) => {
      expect(() => DateScalar.parseValue(value)).toThrow(
        `Date must be a calendar date as YYYY-MM-DD, such as 2022-05-10; got ${JSON.stringify(value)}.`,
      );
    },
  );

  it('refuses a literal that is not a string, naming its kind', () => {
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20220510' })).toThrow(
      'Date must be a string as YYYY-MM-DD, such as "2022-05-10"; got a int value.',
    );
    expect(() => DateScalar.parseValue(20220510)).toThrow('got 20220510.');
  });

  it('quotes at most 40 characters of what came', () => {
    expect(() => DateScalar.parseValue('x'.repeat(1000))).toThrow(`got "${'x'.repeat(40)}…".`);
  });
});

describe('a partial date', () => {
  it.each([
    ['2022-05-10', { iso: '2022-05-10', precision: 'DAY', year: 2022, month: 5, day: 10 }],
    ['2022-05', { iso: '2022-05', precision: 'MONTH', year: 2022, month: 5, day: null }],
    ['2022', { iso: '2022', precision: 'YEAR', year: 2022, month: null, day: null }],
    ['--05-10', { iso: '--05-10', precision: 'MONTH_DAY', year: null, month: 5, day: 10 }],
  ])('reads %s with its precision and parts', (stored, expected) => {
    expect(partialDate(stored)).toEqual(expected);
  });

  it.each([null, undefined, '', 'May 2022', 20220510, '2022-5-1'])('is null for %j: never a guess', (stored) => {
    expect(partialDate(stored)).toBeNull();
  });
});
