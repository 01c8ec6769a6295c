import { matchedAlternative, prefixAlternation } from '../../knowledge/prefix-alternation.ts';
import { boundedCache } from '../../knowledge/bounded-memo.ts';
import { WORD_CHARACTERS } from '../../knowledge/word-characters.ts';

/**
 * Compiles the word patterns of data/language/*.json into one regular expression per group of patterns,
 * so that a sentence is scanned once per matcher rather than once per word. Patterns are matched on
 * word boundaries and case-insensitively; "*" ends a pattern with any continuation of its last word,
 * and a space between words also matches a hyphen or dash ("пресс конференци*" finds
 * "пресс-конференции"). Patterns that begin and end with a letter or digit (nearly all) share one
 * boundary check, and their leading letters are shared (prefix-alternation.ts), which keeps the scan
 * fast; the few others ("$", "us$") carry their own.
 */
export interface PhraseHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The group (kind, status ...) the matched pattern belongs to. */
  readonly group: string;
}

export interface PhraseMatcher {
  /** Every non-overlapping hit in the text, leftmost first; at one position the longest pattern wins. */
  find(text: string): PhraseHit[];
  /** Whether any pattern of the matcher occurs in the text. */
  test(text: string): boolean;
}

const WORD = `[${WORD_CHARACTERS}'’]`;
/** One character of WORD, read as the matchers read it (ignoring case: "K", the Kelvin sign, is a "k"). */
const WORD_CHARACTER = new RegExp(`^${WORD}$`, 'iu');
const isWordCharacter = (character: string | undefined): boolean => character !== undefined && WORD_CHARACTER.test(character);
/** Distinct hits whose pattern a matcher remembers; past that it forgets them all at once. */
const MAX_REMEMBERED_HITS = 10_000;
const BETWEEN_WORDS = String.raw`[\s\-‐-―]+`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsOf(pattern: string): string[] {
  return pattern.trim().toLowerCase().split(/\s+/);
}

function body(words: readonly string[]): string {
  return words.map((word) => (word.endsWith('*') ? `${escapeRegExp(word.slice(0, -1))}${WORD}*` : escapeRegExp(word))).join(BETWEEN_WORDS);
}

const startsWithWord = (words: readonly string[]) => /^[\p{L}\p{N}]/u.test(words[0] ?? '');
const endsWithWord = (words: readonly string[]) => /[\p{L}\p{N}*]$/u.test(words.at(-1) ?? '');

/** Groups of patterns, each group named: { meeting: ['met', 'meeting*'], visit: [...] }. */
export function compilePhraseMatcher(groups: Readonly<Record<string, readonly string[]>>): PhraseMatcher {
  const entries = Object.entries(groups)
    .flatMap(([group, patterns]) => patterns.map((pattern) => ({ group, words: wordsOf(pattern) })))
    // Longer patterns first, so that at one position "joint declaration" beats "declaration".
    .sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  if (entries.length === 0) return { find: () => [], test: () => false };
  const boundedEntries = entries.filter((entry) => startsWithWord(entry.words) && endsWithWord(entry.words));
  const bounded = prefixAlternation(
    boundedEntries.map((entry) => ({ source: body(entry.words), value: entry })),
    true,
    `${WORD_CHARACTERS}'’`,
  );
  const loose = entries.filter((entry) => !boundedEntries.includes(entry));
  const ordered = [...bounded.values, ...loose];
  const sourceOf = (capture: boolean): string => {
    const group = (pattern: string) => (capture ? `(${pattern})` : `(?:${pattern})`);
    return [
      ...(boundedEntries.length > 0 ? [`(?:${capture ? bounded.source : bounded.uncaptured})(?!${WORD})`] : []),
      ...loose.map(
        (entry) =>
          `${startsWithWord(entry.words) ? `(?<!${WORD})` : ''}${group(body(entry.words))}${endsWithWord(entry.words) ? `(?!${WORD})` : ''}`,
      ),
    ].join('|');
  };
  // The scan has no capture groups (V8 runs it faster); at each hit the capturing form, tried at that very
  // place, makes the same match and tells which pattern it is.
  const scan = new RegExp(sourceOf(false), 'giu');
  const single = new RegExp(sourceOf(false), 'iu');
  const identify = new RegExp(sourceOf(true), 'iuy');
  // Which pattern a hit is depends only on the matched text and on whether a word character stands right
  // before and right after it (the only characters the patterns' boundary checks look at): it is the first
  // pattern, in order, that matches exactly that text with those neighbours. So it is remembered under
  // those three, and the capturing form, whose many groups make it cost more than the scan, runs only for
  // a hit not seen before.
  // One store per pair of neighbours (a word character before the hit or not, after it or not), each keyed
  // by the matched text alone: joining the three into one key built and hashed a new string at every hit.
  const alternativeByHit = [0, 1, 2, 3].map(() => boundedCache<number>(MAX_REMEMBERED_HITS / 4));
  const alternativeOf = (text: string, found: RegExpExecArray): number => {
    const end = found.index + found[0].length;
    const neighbours = (isWordCharacter(text[found.index - 1]) ? 2 : 0) + (isWordCharacter(text[end]) ? 1 : 0);
    return alternativeByHit[neighbours]!(found[0], () => matchedAlternative(identify, text, found.index).alternative);
  };
  return {
    find(text: string): PhraseHit[] {
      const hits: PhraseHit[] = [];
      scan.lastIndex = 0;
      for (let found = scan.exec(text); found !== null; found = scan.exec(text)) {
        const group = ordered[alternativeOf(text, found)]!.group;
        hits.push({ start: found.index, end: found.index + found[0].length, text: found[0], group });
        if (found[0].length === 0) scan.lastIndex += 1;
      }
      return hits;
    },
    test: (text: string) => single.test(text),
  };
}
