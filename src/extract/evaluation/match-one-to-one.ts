import type { Counts } from './scores.ts';

export interface MatchedPair<G, X> {
  gold: G;
  extracted: X;
}

export interface Matching<G, X> {
  pairs: Array<MatchedPair<G, X>>;
  /** Required gold items nothing was matched to. */
  missed: G[];
  /** Extracted items matched to no gold item. */
  spurious: X[];
  counts: Counts;
}

/**
 * Pairs gold items with extracted items, each used at most once, best candidates first (greedy on the
 * score, then on list order, so the result is deterministic). `score` returns undefined for a pair that
 * may not match at all. A matched optional gold item is neither a true nor a false positive; a missed
 * one is not a false negative.
 */
export function matchOneToOne<G extends { optional?: boolean | undefined }, X>(
  gold: readonly G[],
  extracted: readonly X[],
  score: (gold: G, extracted: X) => number | undefined,
): Matching<G, X> {
  const candidates: Array<{ goldIndex: number; extractedIndex: number; score: number }> = [];
  gold.forEach((goldItem, goldIndex) => {
    extracted.forEach((extractedItem, extractedIndex) => {
      const value = score(goldItem, extractedItem);
      if (value !== undefined) candidates.push({ goldIndex, extractedIndex, score: value });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.goldIndex - b.goldIndex || a.extractedIndex - b.extractedIndex);

  const goldTaken = new Set<number>();
  const extractedTaken = new Set<number>();
  const pairs: Array<MatchedPair<G, X>> = [];
  let tp = 0;
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.goldIndex) || extractedTaken.has(candidate.extractedIndex)) continue;
    goldTaken.add(candidate.goldIndex);
    extractedTaken.add(candidate.extractedIndex);
    const goldItem = gold[candidate.goldIndex]!;
    pairs.push({ gold: goldItem, extracted: extracted[candidate.extractedIndex]! });
    if (goldItem.optional !== true) tp += 1;
  }
  const missed = gold.filter((item, index) => !goldTaken.has(index) && item.optional !== true);
  const spurious = extracted.filter((_, index) => !extractedTaken.has(index));
  return { pairs, missed, spurious, counts: { tp, fp: spurious.length, fn: missed.length } };
}
