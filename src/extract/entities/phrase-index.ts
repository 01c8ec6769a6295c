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

/** A run of leading words: the words that may follow it, and what a phrase that ends here stands for. */
class Run<Stored> {
  readonly next = new Map<string, Run<Stored>>();
  stored: Stored | undefined;
  ends = false;
  /** Of a first word: how many words the longest phrase it starts has (phrase-index words, not keys). */
  longest: number | undefined;

  /** The run this one goes on to with `key`: a key holding a space stands for as many words. */
  step(key: string): Run<Stored> | undefined {
    if (!key.includes(' ')) return this.next.get(key);
    const [first, ...rest] = key.split(' ');
    let run = this.next.get(first!);
    for (const word of rest) run = run?.next.get(word);
    return run;
  }
}

/** The run of a phrase's first word in a PhraseIndex, as openingOf finds it; opaque to callers. */
export type PhraseOpening<Value> = Run<Array<Indexed<Value>>>;

/**
 * The runs of leading words of a set of phrases ("united", "united nations" of "united nations
 * organization"), as a tree of words: a scan of a sentence extends a candidate one word at a time and
 * stops at the first run no phrase goes on with, instead of joining and looking up every length up to the
 * longest phrase. Most words ("the", "president") start only short phrases, so a scan stops after one or
 * two steps. A step is one lookup of a word: joining the run so far with the next word and looking the
 * joined text up (as this class did) hashed a new string at each step, the entity stage's costliest work.
 * A run of words is in the tree exactly when the words joined by spaces were a run, so the answers are
 * the same; what a phrase stands for is kept at its last word.
 */
class LeadingRuns<Stored> {
  readonly #root = new Run<Stored>();

  /** The run of all of `words`, added with every shorter run it starts with. */
  add(words: readonly string[]): Run<Stored> {
    let run = this.#root;
    for (const word of words) {
      let next = run.next.get(word);
      if (next === undefined) run.next.set(word, (next = new Run<Stored>()));
      run = next;
    }
    return run;
  }

  /**
   * The runs that start at `keys[at]` and some phrase starts with, shortest first, of at most `longest`
   * words; with `tokens`, a word joins the run only across a gap a phrase may span.
   */
  from(keys: readonly string[], at: number, longest: number, tokens?: readonly Token[]): Array<Run<Stored>> {
    const first = at < keys.length ? this.#root.step(keys[at]!) : undefined;
    return first === undefined ? [] : this.onFrom(first, keys, at, longest, tokens);
  }

  /** The run of a phrase's first word alone, when `word` is one (a key holding a space is none). */
  firstWord(word: string): Run<Stored> | undefined {
    return word.includes(' ') ? undefined : this.#root.next.get(word);
  }

  /** As `from`, the run of `keys[at]` already found. */
  onFrom(first: Run<Stored>, keys: readonly string[], at: number, longest: number, tokens?: readonly Token[]): Array<Run<Stored>> {
    const runs = [first];
    for (let reach = at + 1; reach < keys.length && reach - at < longest; reach += 1) {
      if (tokens !== undefined && !JOINABLE_GAP.test(tokens[reach]!.gapBefore)) break;
      const run = runs[runs.length - 1]!.step(keys[reach]!);
      if (run === undefined) break;
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
  readonly #leadingRuns = new LeadingRuns<Array<Indexed<Value>>>();
  readonly #canonical: (norm: string) => string;

  constructor(canonical: (norm: string) => string) {
    this.#canonical = canonical;
  }

  add(phrase: string, value: Value, caseRule: CaseRule): void {
    const words = nameWords(phrase);
    if (words.length === 0) return;
    const key = words.map((word) => this.#canonical(word.norm)).join(' ');
    const keyWords = key.split(' ');
    const run = this.#leadingRuns.add(keyWords);
    run.stored ??= [];
    run.stored.push({ value, shapes: words.map(({ capitalized, allCaps }) => ({ capitalized, allCaps })), caseRule });
    const first = this.#leadingRuns.firstWord(keyWords[0]!)!;
    first.longest = Math.max(first.longest ?? 0, words.length);
  }

  /**
   * The run of the phrases that start with the word `key` (undefined when none does), which longestFrom
   * starts from: it holds the length of the longest of them. Callers remember it per word (Lexicon.scanWord),
   * so that a scan finds it, the word's canonical form and the cue phrases' run in one lookup. Only for an
   * index whose phrases are all added: a phrase added later may change a word's run.
   */
  openingOf(key: string): PhraseOpening<Value> | undefined {
    return this.#leadingRuns.firstWord(key);
  }

  /**
   * The longest phrase that starts at token `from`, or undefined. `keys` are the tokens' canonical forms,
   * `first` is openingOf(keys[from]).
   */
  longestFrom(
    first: PhraseOpening<Value> | undefined,
    tokens: readonly Token[],
    keys: readonly string[],
    from: number,
  ): PhraseMatch<Value> | undefined {
    if (first?.longest === undefined) return undefined;
    const runs = this.#leadingRuns.onFrom(first, keys, from, first.longest, tokens);
    for (let to = from + runs.length; to > from; to -= 1) {
      const entries = runs[to - from - 1]!.stored;
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
  /** Only where phrases end is kept in the runs: values are looked up whole in #values. */
  readonly #leadingRuns = new LeadingRuns<never>();

  constructor(entries: Iterable<readonly [string, Value]>) {
    for (const [phrase, value] of entries) {
      this.#values.set(phrase, value);
      this.#leadingRuns.add(phrase.split(' ')).ends = true;
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
    for (const length of lengths) if (length <= runs.length && runs[length - 1]!.ends) return at + length;
    return undefined;
  }
}
