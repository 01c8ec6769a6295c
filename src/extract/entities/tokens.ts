import { normalizeName } from '../../knowledge/normalize-name.ts';
import { boundedMemo } from '../../knowledge/bounded-memo.ts';
import { COMMON_LETTERS, COMMON_MARKS, COMMON_NUMBERS, IN_COMMON_SCRIPTS } from './common-script-classes.ts';

/** A word of a sentence with its place in the article text and the keys it is matched under. */
export interface Token {
  readonly index: number;
  /** The word as written, without an English possessive ending ("Kazakhstan" of "Kazakhstan’s"). */
  readonly text: string;
  /** Offsets into the article text. */
  readonly start: number;
  readonly end: number;
  /** Normalized as knowledge-base names are (normalizeName). */
  readonly norm: string;
  readonly capitalized: boolean;
  /** Every letter upper case and more than one letter: an acronym or a headline in capitals. */
  readonly allCaps: boolean;
  readonly cyrillic: boolean;
  /** The word was followed by an English possessive ’s. */
  readonly possessive: boolean;
  /** What stands between the previous word of the sentence and this one ("" for the first word). */
  readonly gapBefore: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ`][\p{L}\p{M}]+)*/gu;
/** The same words, for a sentence of Latin and Cyrillic text (common-script-classes.ts): found about a third faster. */
const COMMON_WORD = new RegExp(
  `[${COMMON_LETTERS}${COMMON_NUMBERS}][${COMMON_LETTERS}${COMMON_MARKS}${COMMON_NUMBERS}]*(?:['’ʼ\`][${COMMON_LETTERS}${COMMON_MARKS}]+)*`,
  'g',
);
const POSSESSIVE = /['’ʼ`]s$/i;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const PLAIN_ASCII = /^[A-Za-z0-9]+$/;

const normalizeWordOnce = boundedMemo(normalizeName);

/** normalizeName for one word, memoized: articles repeat their words, and the full normalization is not cheap. */
export function normalizeWord(word: string): string {
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  return normalizeWordOnce(word);
}

/** What a word as matched says of itself, the same wherever it stands. */
export type WordReading = Pick<Token, 'text' | 'norm' | 'capitalized' | 'allCaps' | 'cyrillic' | 'possessive'>;

/** The reading of a matched word; callers remember it (readWord, Lexicon.scanWord). */
export function readMatchedWord(matched: string): WordReading {
  const possessive = POSSESSIVE.test(matched) && LATIN.test(matched);
  const word = possessive ? matched.slice(0, -2) : matched;
  const first = word[0]!;
  return {
    text: word,
    norm: normalizeWord(word),
    capitalized: UPPER.test(first),
    allCaps: word.length > 1 && UPPER.test(word) && !LOWER.test(word),
    cyrillic: CYRILLIC.test(first),
    possessive,
  };
}

/**
 * The reading of a matched word, memoized: articles repeat their words, and the tests behind a reading
 * (Unicode property patterns, lower-casing or normalizing) cost more than one lookup. Repeated words also
 * share one normalized string, whose hash the canonical-form and phrase lookups then compute only once.
 * The entity stage over the sample articles went from 0.84 to 0.74 ms CPU per article.
 */
const readWord = boundedMemo(readMatchedWord);

/** Splits a piece of the article (a sentence) into words; `offset` is where the piece starts in the article text. */
export function tokenize(text: string, offset: number): Token[] {
  return tokenizeReading(text, offset, readWord, []);
}

/**
 * As tokenize, reading each matched word with `read` (a memo of readMatchedWord, perhaps one that keeps
 * more with the reading) and putting the readings in `readings`, one per token.
 */
export function tokenizeReading<Reading extends WordReading>(
  text: string,
  offset: number,
  read: (matched: string) => Reading,
  readings: Reading[],
): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  // exec on the one global pattern rather than matchAll, which builds an iterator and a copy of the
  // pattern for every sentence: the words found are the same, in about two thirds of the time.
  const words = IN_COMMON_SCRIPTS.test(text) ? COMMON_WORD : WORD;
  words.lastIndex = 0;
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    const at = match.index;
    const word = read(match[0]);
    readings.push(word);
    tokens.push({
      index: tokens.length,
      text: word.text,
      start: offset + at,
      end: offset + at + word.text.length,
      norm: word.norm,
      capitalized: word.capitalized,
      allCaps: word.allCaps,
      cyrillic: word.cyrillic,
      possessive: word.possessive,
      gapBefore: text.slice(previousEnd, at),
    });
    previousEnd = at + match[0].length;
  }
  return tokens;
}

/** Splits a name from the knowledge base or a word list the way text is split, returning the normalized words. */
export function nameWords(name: string): Array<{ norm: string; capitalized: boolean; allCaps: boolean; cyrillic: boolean }> {
  return tokenize(name, 0).map((token) => ({
    norm: token.norm,
    capitalized: token.capitalized,
    allCaps: token.allCaps,
    cyrillic: token.cyrillic,
  }));
}
