/** Counting: true positives, false positives, false negatives, and the ratios made of them. */

export const FACT_TYPES = [
  'persons',
  'offices',
  'events',
  'participantPairs',
  'agreements',
  'relations',
  'organizations',
  'places',
  'countries',
  'dates',
  'eventPlaces',
  'figures',
] as const;

export type FactType = (typeof FACT_TYPES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const NO_COUNTS: Readonly<Counts> = Object.freeze({ tp: 0, fp: 0, fn: 0 });

export function addCounts(first: Counts, second: Counts): Counts {
  return { tp: first.tp + second.tp, fp: first.fp + second.fp, fn: first.fn + second.fn };
}

/**
 * Precision, recall and F1. An empty denominator counts as perfect only when nothing went wrong on the
 * other side: finding nothing where nothing was to be found is right, finding nothing where something
 * was is precision 0 as well as recall 0 (so an empty extractor cannot look precise).
 */
export function toScore(counts: Counts): Score {
  const nothingWrong = counts.fp === 0 && counts.fn === 0;
  const precision = counts.tp + counts.fp === 0 ? (nothingWrong ? 1 : 0) : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? (nothingWrong ? 1 : 0) : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}
