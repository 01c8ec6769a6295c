import { normalizeName } from '../../knowledge/normalize-name.ts';

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
const POSSESSIVE = /['’ʼ`]s$/i;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const PLAIN_ASCII = /^[A-Za-z0-9]+$/;

const normCache = new Map<string, string>();
const NORM_CACHE_LIMIT = 100_000;

/** normalizeName for one word, memoized: articles repeat their words, and the full normalization is not cheap. */
export function normalizeWord(word: string): string {
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  let norm = normCache.get(word);
  if (norm === undefined) {
    norm = normalizeName(word);
    if (normCache.size >= NORM_CACHE_LIMIT) normCache.clear();
    normCache.set(word, norm);
  }
  return norm;
}

/** Splits a piece of the article (a sentence) into words; `offset` is where the piece starts in the article text. */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const at = match.index;
    let possessive = false;
    if (POSSESSIVE.test(word) && LATIN.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const first = word[0]!;
    tokens.push({
      index: tokens.length,
      text: word,
      start: offset + at,
      end: offset + at + word.length,
      norm: normalizeWord(word),
      capitalized: UPPER.test(first),
      allCaps: word.length > 1 && UPPER.test(word) && !LOWER.test(word),
      cyrillic: CYRILLIC.test(first),
      possessive,
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
