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
 * The runs of leading words of a set of phrases ("united", "united nations" of "united nations
 * organization"): a scan of a sentence extends a candidate one word at a time and stops at the first run
 * no phrase goes on with, instead of joining and looking up every length up to the longest phrase. Most
 * words ("the", "president") start only short phrases, so a scan stops after one or two lookups.
 */
class LeadingRuns {
  readonly #runs = new Set<string>();

  add(words: readonly string[]): void {
    for (let length = 1; length <= words.length; length += 1) this.#runs.add(words.slice(0, length).join(' '));
  }

  /**
   * The runs that start at `keys[at]` and some phrase starts with, shortest first, of at most `longest`
   * words; with `tokens`, a word joins the run only across a gap a phrase may span.
   */
  from(keys: readonly string[], at: number, longest: number, tokens?: readonly Token[]): string[] {
    if (at >= keys.length || !this.#runs.has(keys[at]!)) return [];
    const runs = [keys[at]!];
    for (let reach = at + 1; reach < keys.length && reach - at < longest; reach += 1) {
      if (tokens !== undefined && !JOINABLE_GAP.test(tokens[reach]!.gapBefore)) break;
      const run = `${runs.at(-1)!} ${keys[reach]!}`;
      if (!this.#runs.has(run)) break;
      runs.push(run);
    }
    return runs;
  }
}

/**
 * Phrases of one or more words, looked up by their words' canonical forms (the nominative of an inflected
 * Russian or Ukrainian word), so that a sentence is scanned with one map lookup per word and position
 * instead of one regular expression per name.
 */
export class PhraseIndex<Value> {
  readonly #byKey = new Map<string, Array<Indexed<Value>>>();
  readonly #longestByFirstWord = new Map<string, number>();
  readonly #leadingRuns = new LeadingRuns();
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
    const keyWords = key.split(' ');
    const first = keyWords[0]!;
    this.#longestByFirstWord.set(first, Math.max(this.#longestByFirstWord.get(first) ?? 0, words.length));
    this.#leadingRuns.add(keyWords);
  }

  /** The longest phrase that starts at token `from`, or undefined. `keys` are the tokens' canonical forms. */
  longestAt(tokens: readonly Token[], keys: readonly string[], from: number): PhraseMatch<Value> | undefined {
    const longest = this.#longestByFirstWord.get(keys[from]!);
    if (longest === undefined) return undefined;
    const runs = this.#leadingRuns.from(keys, from, longest, tokens);
    for (let to = from + runs.length; to > from; to -= 1) {
      const entries = this.#byKey.get(runs[to - from - 1]!);
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

/**
 * A word list of canonical phrases (words joined by single spaces), with what each stands for: "foreign
 * ministers" → the foreign minister's office, "of the" → true. Besides lookups of a whole phrase, it finds
 * the phrase that starts at a position of a sentence without building every candidate of every length:
 * it remembers which runs of words start a phrase and stops at the first that starts none.
 */
export class PhraseTable<Value = true> {
  readonly #values = new Map<string, Value>();
  readonly #leadingRuns = new LeadingRuns();

  constructor(entries: Iterable<readonly [string, Value]>) {
    for (const [phrase, value] of entries) {
      this.#values.set(phrase, value);
      this.#leadingRuns.add(phrase.split(' '));
    }
  }

  static of(phrases: Iterable<string>): PhraseTable {
    return new PhraseTable([...phrases].map((phrase) => [phrase, true] as const));
  }

  has(phrase: string): boolean {
    return this.#values.has(phrase);
  }

  get(phrase: string): Value | undefined {
    return this.#values.get(phrase);
  }

  /**
   * The phrase of one of `lengths` words (the first length that fits wins) that starts at `keys[at]`, as the
   * position after it: the same answer as looking up `keys.slice(at, at + length).join(' ')` for each length.
   */
  endAt(keys: readonly string[], at: number, lengths: readonly number[]): number | undefined {
    const runs = this.#leadingRuns.from(keys, at, Math.max(...lengths));
    // A length past the runs either runs off the sentence or starts with words no phrase starts with.
    for (const length of lengths) if (length <= runs.length && this.#values.has(runs[length - 1]!)) return at + length;
    return undefined;
  }
}
