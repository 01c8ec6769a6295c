import { matchedAlternative, prefixAlternation } from '../../knowledge/prefix-alternation.ts';
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
  return {
    find(text: string): PhraseHit[] {
      const hits: PhraseHit[] = [];
      scan.lastIndex = 0;
      for (let found = scan.exec(text); found !== null; found = scan.exec(text)) {
        const { match, alternative } = matchedAlternative(identify, text, found.index);
        hits.push({ start: match.index, end: match.index + match[0].length, text: match[0], group: ordered[alternative]!.group });
        if (match[0].length === 0) scan.lastIndex += 1;
      }
      return hits;
    },
    test: (text: string) => single.test(text),
  };
}
