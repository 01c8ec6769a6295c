import { nameWords, type Token } from './tokens.ts';

/** How a phrase's words must be written in the text for it to match. */
export type CaseRule = 'as-written' | 'any';

interface Indexed<Value> {
  readonly value: Value;
  readonly shapes: ReadonlyArray<{ readonly capitalized: boolean; readonly allCaps: boolean }>;
  readonly caseRule: CaseRule;
}

export interface PhraseMatch<Value> {
  /** Index of the first and one past the last token. */
  readonly from: number;
  readonly to: number;
  readonly values: readonly Value[];
}

/** Gaps a phrase may span: spaces, hyphens, dashes, stops and commas ("U.N.", "Kassym-Jomart", "Development, Innovations"). */
const JOINABLE_GAP = /^[\s\-\u2010-\u2015.,]*$/u;

/**
 * Phrases of one or more words, looked up by their words' canonical forms (the nominative of an inflected
 * Russian or Ukrainian word), so that a sentence is scanned with one map lookup per word and position
 * instead of one regular expression per name.
 */
export class PhraseIndex<Value> {
  readonly #byKey = new Map<string, Array<Indexed<Value>>>();
  readonly #longestByFirstWord = new Map<string, number>();
  readonly #canonical: (norm: string) => string;

  constructor(canonical: (norm: string) => string) {
    this.#canonical = canonical;
  }

  add(phrase: string, value: Value, caseRule: CaseRule): void {
    const words = nameWords(phrase);
    if (words.length === 0) return;
    const key = words.map((word) => this.#canonical(word.norm)).join(' ');
    const entries = this.#byKey.get(key) ?? [];
    entries.push({ value, shapes: words.map(({ capitalized, allCaps }) => ({ capitalized, allCaps })), caseRule });
    this.#byKey.set(key, entries);
    const first = key.split(' ')[0]!;
    this.#longestByFirstWord.set(first, Math.max(this.#longestByFirstWord.get(first) ?? 0, words.length));
  }

  /** The longest phrase that starts at token `from`, or undefined. `keys` are the tokens' canonical forms. */
  longestAt(tokens: readonly Token[], keys: readonly string[], from: number): PhraseMatch<Value> | undefined {
    const longest = this.#longestByFirstWord.get(keys[from]!);
    if (longest === undefined) return undefined;
    let reach = from + 1;
    while (reach < tokens.length && reach - from < longest && JOINABLE_GAP.test(tokens[reach]!.gapBefore)) reach += 1;
    for (let to = reach; to > from; to -= 1) {
      const entries = this.#byKey.get(keys.slice(from, to).join(' '));
      if (entries === undefined) continue;
      const values = entries.filter((entry) => caseFits(entry, tokens, from)).map((entry) => entry.value);
      if (values.length > 0) return { from, to, values };
    }
    return undefined;
  }
}

function caseFits(entry: Indexed<unknown>, tokens: readonly Token[], from: number): boolean {
  if (entry.caseRule === 'any') return true;
  return entry.shapes.every((shape, offset) => {
    const token = tokens[from + offset]!;
    if (shape.allCaps) return token.allCaps;
    if (shape.capitalized) return token.capitalized;
    return true;
  });
}
