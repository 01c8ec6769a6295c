import { describe, expect, it, jest } from '@jest/globals';
import * as chrono from 'chrono-node';
import { withPatternsBuiltOnce } from '../../../../src/extract/dates/chrono-patterns.ts';

const REFERENCE = new Date(2024, 4, 15, 12);

/** What a parse found, as text: where, what, and each component chrono states or implies. */
const described = (results: chrono.ParsedResult[]) =>
  results.map((result) => `${result.index} ${result.text} ${result.start.date().toISOString()}`);

describe('chrono with each parser pattern built once', () => {
  it.each([
    ['en', chrono.en.casual, 'On May 10, Tokayev met Putin; within 3 days they signed, and next Friday at 10:30 they meet again.'],
    ['ru', chrono.ru.casual, 'В течение 3 дней, 10 мая, Токаев встретился с Путиным; в следующую пятницу в 10:30 они встретятся снова.'],
    ['uk', chrono.uk.casual, 'Протягом 3 днів, 10 травня, у пʼятницю та вчора сторони провели переговори о 10:30.'],
  ])('finds in %s what chrono itself finds, parse after parse', (_language, original, sentence) => {
    const once = withPatternsBuiltOnce(original);
    for (let parse = 0; parse < 3; parse += 1)
      expect(described(once.parse(sentence, REFERENCE))).toEqual(described(original.parse(sentence, REFERENCE)));
  });

  it('asks a parser for its pattern at the first parse only', () => {
    const parser = chrono.ru.casual.parsers[0]!;
    const asked = jest.spyOn(parser, 'pattern');
    try {
      const once = withPatternsBuiltOnce(chrono.ru.casual);
      for (let parse = 0; parse < 3; parse += 1) once.parse('10 мая Токаев встретился с Путиным.', REFERENCE);
      expect(asked).toHaveBeenCalledTimes(1);
    } finally {
      asked.mockRestore();
    }
  });

  it('leaves the original instance as it was', () => {
    const original = chrono.ru.casual;
    const parsers = [...original.parsers];
    withPatternsBuiltOnce(original);
    expect(original.parsers.length).toBe(parsers.length);
    original.parsers.forEach((parser, index) => expect(parser).toBe(parsers[index]));
  });
});
