import { describe, expect, it } from '@jest/globals';
import { prefixAlternation } from '../../../src/knowledge/prefix-alternation.ts';

const WORD = String.raw`A-Za-z0-9\u00C0-\u024F\u0400-\u052F'’`;

/** Every match of the expression, with the value of the alternative that matched. */
function matches(source: string, flags: string, values: readonly string[], text: string): Array<[number, string, string]> {
  const found: Array<[number, string, string]> = [];
  const pattern = new RegExp(source, flags);
  for (const match of text.matchAll(pattern)) {
    let group = 1;
    while (match[group] === undefined) group += 1;
    found.push([match.index, match[0], values[group - 1]!]);
  }
  return found;
}

/** The plain list, as the matchers wrote it before: each pattern in its capture group, in order. */
function plain(patterns: readonly string[], notAfter: string | undefined): string {
  const list = patterns.map((pattern) => `(${pattern})`).join('|');
  return `${notAfter === undefined ? '' : `(?<![${notAfter}])`}(?:${list})(?![${WORD}])`;
}

function shared(
  patterns: readonly string[],
  ignoreCase: boolean,
  notAfter: string | undefined,
): { source: string; uncaptured: string; values: readonly string[] } {
  const { source, uncaptured, values } = prefixAlternation(
    patterns.map((pattern) => ({ source: pattern, value: pattern })),
    ignoreCase,
    notAfter,
  );
  return { source: `(?:${source})(?![${WORD}])`, uncaptured: `(?:${uncaptured})(?![${WORD}])`, values };
}

/** Every match (place and text) of an expression without capture groups. */
function places(source: string, flags: string, text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(source, flags))].map((match) => [match.index, match[0]]);
}

// Patterns that share letters, prefixes of each other, continuations (a class right after a letter),
// a leading class, an escape, and letters equal only when case is folded ("s", "ſ"; "k", "K" Kelvin).
const PATTERNS = [
  `defence industr[${WORD}]*`,
  'defense industry',
  `defen[${WORD}]*`,
  'de',
  'd',
  `встреч[${WORD}]*`,
  'встреча',
  'в рамках',
  String.raw`пресс[\s\-]+конференци[${WORD}]*`,
  'sab',
  'ſab',
  'kab',
  'Kab',
  String.raw`us\$`,
  `[${WORD}]*ing`,
];

// Random texts of the letters the patterns start with, and the characters around them.
function texts(count: number): string[] {
  const pieces = [
    'd',
    'D',
    'de',
    'defen',
    'defence ',
    'defense industry',
    'industr',
    'в ',
    'рамках',
    'встреч',
    'а',
    'пресс-',
    'конференции',
    's',
    'S',
    'ſ',
    'k',
    'K',
    'K',
    'ab',
    'us$',
    'ing',
    ' ',
    '-',
    'x',
    'ä',
    '’',
  ];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + random(8) }, () => pieces[random(pieces.length)]).join(''));
}

describe('prefixAlternation', () => {
  it('shares leading letters, ignoring case as the expression does', () => {
    expect(
      prefixAlternation(
        [
          { source: 'ab', value: 1 },
          { source: 'ac', value: 2 },
          { source: 'b', value: 3 },
        ],
        false,
      ),
    ).toEqual({
      source: 'a(?:(b)|(c))|(b)',
      uncaptured: 'a(?:(?:b)|(?:c))|(?:b)',
      values: [1, 2, 3],
    });
    // "ſ" folds to "s": the two stay in one group, in their order.
    expect(
      prefixAlternation(
        [
          { source: 'sa', value: 1 },
          { source: 'x', value: 2 },
          { source: 'ſb', value: 3 },
        ],
        true,
      ).values,
    ).toEqual([1, 3, 2]);
    expect(
      prefixAlternation(
        [
          { source: 'sa', value: 1 },
          { source: 'x', value: 2 },
          { source: 'ſb', value: 3 },
        ],
        false,
      ).values,
    ).toEqual([1, 2, 3]);
  });

  it('writes the same alternation without capture groups', () => {
    expect(
      prefixAlternation(
        [
          { source: 'ab', value: 1 },
          { source: 'a', value: 2 },
          { source: 'b', value: 3 },
        ],
        true,
      ),
    ).toEqual({
      source: 'a(?:(b)|())|(b)',
      uncaptured: 'a(?:(?:b)|(?:))|(?:b)',
      values: [1, 2, 3],
    });
  });

  it('keeps patterns listed where one does not go on with a plain letter', () => {
    expect(
      prefixAlternation(
        [
          { source: 'ab', value: 1 },
          { source: 'a', value: 2 },
          { source: 'a[xy]', value: 3 },
        ],
        false,
      ).source,
    ).toBe('a(?:(b)|()|([xy]))');
    expect(
      prefixAlternation(
        [
          { source: String.raw`\$`, value: 1 },
          { source: 'a', value: 2 },
        ],
        false,
      ).source,
    ).toBe(String.raw`(\$)|(a)`);
  });

  it('finds what the plain list finds, with the same pattern, in both case modes and both boundary placements', () => {
    for (const flags of ['gu', 'giu']) {
      const ignoreCase = flags.includes('i');
      for (const notAfter of [undefined, WORD]) {
        const before = plain(PATTERNS, notAfter);
        const inFront = shared(PATTERNS, ignoreCase, undefined);
        const afterLetter = shared(PATTERNS, ignoreCase, notAfter);
        let found = 0;
        for (const text of texts(3000)) {
          const expected = matches(before, flags, PATTERNS, text);
          found += expected.length;
          const front = `${notAfter === undefined ? '' : `(?<![${notAfter}])`}${inFront.source}`;
          expect(matches(front, flags, inFront.values, text)).toEqual(expected);
          expect(matches(afterLetter.source, flags, afterLetter.values, text)).toEqual(expected);
          // Without capture groups: the same places and words.
          const at = expected.map(([index, words]) => [index, words]);
          expect(places(afterLetter.uncaptured, flags, text)).toEqual(at);
          expect(places(`${notAfter === undefined ? '' : `(?<![${notAfter}])`}${inFront.uncaptured}`, flags, text)).toEqual(at);
        }
        expect(found).toBeGreaterThan(500);
      }
    }
  });
});
