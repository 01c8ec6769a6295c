import type { SourceRow } from './rows.ts';

/** Evidence as an article's MENTIONS or REPORTED_IN stores it: index-aligned lists, all of one article. */
export interface StoredEvidence {
  articleId: string;
  sentences: string[];
  starts: number[];
  ends: number[];
  /** One cue and rule for the whole report (events and agreements). */
  cue?: string | null;
  rule?: string | null;
}

/** Turns the stored aligned lists into one row per sentence. */
export function toSourceRows(stored: StoredEvidence): SourceRow[] {
  return stored.sentences.map((sentence, index) => ({
    articleId: stored.articleId,
    sentence,
    start: stored.starts[index] ?? 0,
    end: stored.ends[index] ?? 0,
    ...(stored.cue === undefined ? {} : { cue: stored.cue, rule: stored.rule ?? null }),
  }));
}
