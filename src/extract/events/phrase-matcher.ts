/**
 * Compiles the word patterns of data/language/*.json into one regular expression per group, so that a
 * sentence is scanned once per group rather than once per word. Patterns are matched on word
 * boundaries and case-insensitively; "*" ends a pattern with any continuation of its last word, and a
 * space between words also matches a hyphen or dash ("пресс конференци*" finds "пресс-конференции").
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

const WORD = String.raw`[\p{L}\p{N}'’]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternSource(pattern: string): string {
  const words = pattern.trim().toLowerCase().split(/\s+/);
  const parts = words.map((word) => (word.endsWith('*') ? `${escapeRegExp(word.slice(0, -1))}${WORD}*` : escapeRegExp(word)));
  const startsWithWord = /^[\p{L}\p{N}]/u.test(words[0] ?? '');
  const endsWithWord = /[\p{L}\p{N}*]$/u.test(words.at(-1) ?? '');
  return `${startsWithWord ? `(?<!${WORD})` : ''}${parts.join(String.raw`[\s\-‐-―]+`)}${endsWithWord ? `(?!${WORD})` : ''}`;
}

/** Groups of patterns, each group named: { meeting: ['met', 'meeting*'], visit: [...] }. */
export function compilePhraseMatcher(groups: Readonly<Record<string, readonly string[]>>): PhraseMatcher {
  const entries = Object.entries(groups).flatMap(([group, patterns]) => patterns.map((pattern) => ({ group, pattern })));
  // Longer patterns first, so that at one position "joint declaration" beats "declaration".
  entries.sort((a, b) => b.pattern.length - a.pattern.length);
  if (entries.length === 0) return { find: () => [], test: () => false };
  const groupOf = entries.map((entry) => entry.group);
  const source = entries.map((entry) => `(${patternSource(entry.pattern)})`).join('|');
  const global = new RegExp(source, 'giu');
  const single = new RegExp(source, 'iu');
  return {
    find(text: string): PhraseHit[] {
      const hits: PhraseHit[] = [];
      global.lastIndex = 0;
      for (let match = global.exec(text); match !== null; match = global.exec(text)) {
        const groupIndex = match.findIndex((value, index) => index > 0 && value !== undefined);
        hits.push({ start: match.index, end: match.index + match[0].length, text: match[0], group: groupOf[groupIndex - 1]! });
        if (match[0].length === 0) global.lastIndex += 1;
      }
      return hits;
    },
    test: (text: string) => single.test(text),
  };
}
