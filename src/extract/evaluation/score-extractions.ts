/**
 * Scores extraction results against gold annotations: precision, recall and F1 for each fact type over
 * all articles, the micro average over every fact type, and page-clutter violations.
 */
import type { ExtractionResult } from '../contract/extraction-result.ts';
import type { ClutterViolation } from './clutter-check.ts';
import type { GoldArticle } from './gold-schema.ts';
import { scoreArticle, type ArticleScore } from './score-article.ts';
import { addCounts, FACT_TYPES, NO_COUNTS, toScore, type FactType, type Score } from './scores.ts';

export interface EvaluationPair {
  gold: GoldArticle;
  result: ExtractionResult;
}

export interface EvaluationReport {
  articles: ArticleScore[];
  /** Per fact type, summed over the articles that annotate it. */
  totals: Record<FactType, Score>;
  /** Every fact type's counts added together. */
  micro: Score;
  /** Facts whose evidence contains text a gold's mustNotContain forbids. */
  clutterViolations: number;
  /** How many articles annotate each fact type (countries and figures are optional in the gold). */
  articlesScored: Record<FactType, number>;
}

export function scoreExtractions(pairs: readonly EvaluationPair[]): EvaluationReport {
  const articles = pairs.map(({ gold, result }) => scoreArticle(gold, result));
  const totals = {} as Record<FactType, Score>;
  const articlesScored = {} as Record<FactType, number>;
  let all = { ...NO_COUNTS };
  for (const type of FACT_TYPES) {
    let counts = { ...NO_COUNTS };
    let scored = 0;
    for (const article of articles) {
      const outcome = article.facts[type];
      if (outcome === undefined) continue;
      counts = addCounts(counts, outcome.counts);
      scored += 1;
    }
    totals[type] = toScore(counts);
    articlesScored[type] = scored;
    all = addCounts(all, counts);
  }
  const clutter: ClutterViolation[] = articles.flatMap((article) => article.clutter);
  return { articles, totals, micro: toScore(all), clutterViolations: clutter.length, articlesScored };
}

export type { ArticleScore, FactOutcome } from './score-article.ts';
export type { ClutterViolation } from './clutter-check.ts';
export type { Counts, FactType, Score } from './scores.ts';
