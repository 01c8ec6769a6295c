import type { SourceRow } from './rows.ts';

/** Evidence as stored: index-aligned lists, with one article for all or one article per entry. */
export interface StoredEvidence {
  articleId?: string;
  sources?: string[];
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
    articleId: stored.articleId ?? stored.sources?.[index] ?? '',
    sentence,
    start: stored.starts[index] ?? 0,
    end: stored.ends[index] ?? 0,
    ...(stored.cue === undefined ? {} : { cue: stored.cue, rule: stored.rule ?? null }),
  }));
}
