import type { ArticleSentence } from '../document/prepared-article.ts';
import type { Cue, EntityCandidate, Lexicon, ScanWord } from './lexicon.ts';
import type { PhraseTable } from './phrase-index.ts';
import { tokenizeReading, type Token } from './tokens.ts';
import { creditRanges } from './credits.ts';

export type Span =
  | { readonly type: 'entity'; readonly from: number; readonly to: number; readonly candidates: readonly EntityCandidate[] }
  | { readonly type: 'cue'; readonly from: number; readonly to: number; readonly cues: readonly Cue[] };

/** A sentence cut into words, with the names and cue phrases found in it. */
export interface ScannedSentence {
  readonly index: number;
  readonly sentence: ArticleSentence;
  readonly tokens: readonly Token[];
  /** Each token's canonical (nominative) normalized form. */
  readonly keys: readonly string[];
  /** Non-overlapping, in text order. */
  readonly spans: readonly Span[];
  /** For each token, the span covering it, if any. */
  readonly spanAt: ReadonlyArray<Span | undefined>;
}

/**
 * Finds, left to right, the longest knowledge-base name or cue phrase at each word. A name wins a tie
 * with a cue, because the base's names are longer-lived than the cue lists.
 */
export function scanSentence(lexicon: Lexicon, sentence: ArticleSentence, index: number): ScannedSentence {
  const words: ScanWord[] = [];
  const tokens = tokenizeReading(sentence.text, sentence.start, lexicon.scanWord, words);
  const keys = words.map((word) => word.key);
  const spans: Span[] = [];
  const spanAt = new Array<Span | undefined>(tokens.length).fill(undefined);
  const credits = creditRanges(sentence.text);
  const inCredit = (at: number) => {
    const offset = tokens[at]!.start - sentence.start;
    return credits.some(([from, to]) => offset >= from && offset < to);
  };
  for (let at = 0; at < tokens.length;) {
    const entity = lexicon.entities.longestFrom(words[at]!.entityOpening, tokens, keys, at);
    const cue = lexicon.cues.longestFrom(words[at]!.cueOpening, tokens, keys, at);
    let span: Span | undefined;
    // "the Caspian" must not eat the start of "Caspian region": a longer name one word later wins.
    const later =
      entity !== undefined && entity.to - at > 1
        ? lexicon.entities.longestFrom(words[at + 1]!.entityOpening, tokens, keys, at + 1)
        : undefined;
    if (later !== undefined && (later.to > entity!.to || (later.to === entity!.to && !tokens[at]!.capitalized))) {
      at += 1;
      continue;
    }
    if (entity !== undefined && glued(sentence.text, tokens[entity.to - 1]!.end - sentence.start)) {
      at = entity.to;
      continue;
    }
    const reporter = entity !== undefined && (inCredit(at) || entity.values.every((candidate) => lexicon.publisherIds.has(candidate.id)));
    if (entity !== undefined && reporter) span = { type: 'cue', from: at, to: entity.to, cues: [{ type: 'credit' }] };
    else if (entity !== undefined && (cue === undefined || entity.to >= cue.to))
      span = { type: 'entity', from: at, to: entity.to, candidates: entity.values };
    else if (cue !== undefined) span = { type: 'cue', from: at, to: cue.to, cues: cue.values };
    if (span === undefined) {
      at += 1;
      continue;
    }
    spans.push(span);
    for (let covered = span.from; covered < span.to; covered += 1) spanAt[covered] = span;
    at = span.to;
  }
  return { index, sentence, tokens, keys, spans, spanAt };
}

/** A name glued to a currency sign or a digit ("US$10") is part of an amount, not a name. */
function glued(text: string, end: number): boolean {
  return /^[$€£¥₸₽\d]/u.test(text.slice(end, end + 1));
}

/**
 * The longest phrase of `phrases` (canonical words) starting at token `at`, of one of `lengths` tokens
 * (longest first), as the position after it. The table stops at the first run of words no phrase starts
 * with: joining a slice of the keys for every length at every word (the plural titles are looked for at
 * each word of each sentence) had made this the costliest function of the entity stage.
 */
export function phraseEndAt(
  sentence: ScannedSentence,
  at: number,
  phrases: PhraseTable<unknown>,
  lengths: readonly number[],
): number | undefined {
  return phrases.endAt(sentence.keys, at, lengths);
}
