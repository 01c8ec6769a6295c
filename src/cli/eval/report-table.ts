import type { EvaluationReport } from '../../extract/evaluation/score-extractions.ts';
import { FACT_TYPES, type Counts, type FactType } from '../../extract/evaluation/scores.ts';

const LABELS: Record<FactType, string> = {
  persons: 'persons',
  offices: 'person offices',
  events: 'events (meetings)',
  participantPairs: 'participant pairs',
  agreements: 'agreements',
  relations: 'relations',
  organizations: 'organizations',
  places: 'places',
  countries: 'countries',
  dates: 'dates',
  eventPlaces: 'meeting places',
  figures: 'figures',
};

const ratio = (value: number) => value.toFixed(3);

function row(cells: readonly string[]): string {
  const [name = '', ...numbers] = cells;
  return `${name.padEnd(20)}${numbers.map((cell) => cell.padStart(7)).join('')}`;
}

function scoreRow(name: string, score: Counts & { precision: number; recall: number; f1: number }, articles?: number): string {
  return row([
    name,
    String(score.tp + score.fn),
    String(score.tp + score.fp),
    String(score.tp),
    String(score.fp),
    String(score.fn),
    ratio(score.precision),
    ratio(score.recall),
    ratio(score.f1),
    articles === undefined ? '' : String(articles),
  ]);
}

/** The totals as a plain-text table, one line per fact type, then the micro average and clutter. */
export function formatReport(report: EvaluationReport, options: { verbose: boolean }): string {
  const lines = [
    row(['fact type', 'gold', 'found', 'TP', 'FP', 'FN', 'P', 'R', 'F1', 'arts']),
    ...FACT_TYPES.map((type) => scoreRow(LABELS[type], report.totals[type], report.articlesScored[type])),
    scoreRow('micro (all types)', report.micro),
    '',
    `clutter: ${report.clutterViolations} fact(s) cite text the gold marks as page clutter`,
  ];
  if (options.verbose) lines.push('', ...formatArticles(report));
  return `${lines.join('\n')}\n`;
}

/** Each article's counts per fact type and, below, what was missed (-) and what is spurious (+). */
function formatArticles(report: EvaluationReport): string[] {
  return report.articles.flatMap((article) => {
    const summary = FACT_TYPES.flatMap((type) => {
      const outcome = article.facts[type];
      return outcome === undefined ? [] : [`${type} ${outcome.counts.tp}/${outcome.counts.fp}/${outcome.counts.fn}`];
    });
    const details = FACT_TYPES.flatMap((type) => {
      const outcome = article.facts[type];
      if (outcome === undefined) return [];
      return [...outcome.missed.map((item) => `    - ${type}: ${item}`), ...outcome.spurious.map((item) => `    + ${type}: ${item}`)];
    });
    const clutter = article.clutter.map((violation) => `    ! clutter "${violation.text}" in ${violation.fact}`);
    return [`${article.article}  (tp/fp/fn) ${summary.join(', ')}`, ...details, ...clutter];
  });
}

/** F1 of each fact type for all articles and for each language's alone, so no language hides in the average. */
export function formatLanguageTable(byLanguage: ReadonlyMap<string, EvaluationReport>): string {
  const languages = [...byLanguage.keys()];
  const f1 = (report: EvaluationReport | undefined, type: FactType) => {
    const score = report?.totals[type];
    return score === undefined || score.tp + score.fp + score.fn === 0 ? '—' : ratio(score.f1);
  };
  const lines = [
    '',
    'F1 by language',
    row(['fact type', ...languages]),
    row(['articles', ...languages.map((language) => String(byLanguage.get(language)!.articles.length))]),
    ...FACT_TYPES.map((type) => row([LABELS[type], ...languages.map((language) => f1(byLanguage.get(language), type))])),
    row(['micro (all types)', ...languages.map((language) => ratio(byLanguage.get(language)!.micro.f1))]),
  ];
  return `${lines.join('\n')}\n`;
}
