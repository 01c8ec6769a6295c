import { munkres } from 'munkres';
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
 * Pairs gold items with extracted items, each used at most once, as a maximum matching: as many required
 * gold items matched as any pairing allows, then as many items matched at all (an extracted item matched
 * to an optional gold item is no false positive), then the highest sum of scores. A greedy pairing, best
 * score first, could take the one candidate two items shared and leave one of them unmatched. `score`
 * returns undefined for a pair that may not match at all, else a non-negative number. A matched optional
 * gold item is neither a true nor a false positive; a missed one is not a false negative. The pairs come
 * in the order of the gold items.
 */
export function matchOneToOne<G extends { optional?: boolean | undefined }, X>(
  gold: readonly G[],
  extracted: readonly X[],
  score: (gold: G, extracted: X) => number | undefined,
): Matching<G, X> {
  const scores = gold.map((goldItem) => extracted.map((extractedItem) => score(goldItem, extractedItem)));
  const taken = bestAssignment(gold, scores);
  const pairs = taken.map(([goldIndex, extractedIndex]) => ({ gold: gold[goldIndex]!, extracted: extracted[extractedIndex]! }));
  const goldTaken = new Set(taken.map(([goldIndex]) => goldIndex));
  const extractedTaken = new Set(taken.map(([, extractedIndex]) => extractedIndex));
  const tp = pairs.filter((pair) => pair.gold.optional !== true).length;
  const missed = gold.filter((item, index) => !goldTaken.has(index) && item.optional !== true);
  const spurious = extracted.filter((_, index) => !extractedTaken.has(index));
  return { pairs, missed, spurious, counts: { tp, fp: spurious.length, fn: missed.length } };
}

/**
 * The [gold, extracted] index pairs of the best matching, by gold index. Each allowed pair weighs
 * required x REQUIRED + MATCHED + score, the weights chosen so that one more required match outweighs
 * any number of matches, and one more match any sum of scores: the assignment of greatest total weight
 * (Hungarian method, exact in bigint) is then the matching ranked above. Forbidden pairs weigh 0 and are
 * dropped from the assignment.
 */
function bestAssignment(
  gold: ReadonlyArray<{ optional?: boolean | undefined }>,
  scores: ReadonlyArray<ReadonlyArray<number | undefined>>,
): Array<[number, number]> {
  const allowed = scores.flat().filter((value): value is number => value !== undefined);
  if (allowed.length === 0) return [];
  const scale = scoreScale(allowed);
  const pairsAtMost = BigInt(Math.min(scores.length, scores[0]!.length));
  const topScore = allowed.reduce((top, value) => (value > top ? value : top), 0);
  const matched = pairsAtMost * BigInt(Math.round(topScore * scale)) + 1n;
  const required = pairsAtMost * (matched + BigInt(Math.round(topScore * scale))) + 1n;
  const weights = scores.map((row, goldIndex) =>
    row.map((value) => {
      if (value === undefined) return 0n;
      if (value < 0 || !Number.isFinite(value)) throw new Error(`match score must be a non-negative number, got ${value}`);
      return (gold[goldIndex]!.optional === true ? 0n : required) + matched + BigInt(Math.round(value * scale));
    }),
  );
  const costs = weights.map((row) => row.map((weight) => -weight));
  return munkres(costs)
    .filter(([goldIndex, extractedIndex]) => weights[goldIndex]![extractedIndex]! > 0n)
    .sort((a, b) => a[0] - b[0]);
}

/** A power of ten that makes every score an integer (scores are whole numbers or have a few decimals). */
function scoreScale(values: readonly number[]): number {
  let scale = 1;
  while (scale < 1e6 && values.some((value) => Math.abs(value * scale - Math.round(value * scale)) > 1e-9)) scale *= 10;
  return scale;
}
