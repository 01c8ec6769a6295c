import { parseArgs } from 'node:util';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../../knowledge/load-knowledge.ts';
import { evaluateFolders } from '../eval/evaluate-folders.ts';
import { formatLanguageTable, formatReport } from '../eval/report-table.ts';
import { stemsOfSplit } from '../eval/split-sources.ts';
import { runExtractor, type Extractor } from '../eval/run-extractor.ts';
import { UsageError } from '../usage-error.ts';

export const EVAL_USAGE = 'eval --gold DIR --articles DIR [--split dev|test [--sources FILE]] [--json] [--verbose]';

export interface EvalDependencies {
  extract: Extractor;
  loadKnowledge: () => KnowledgeBase;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const DEFAULT_DEPENDENCIES: EvalDependencies = {
  extract: runExtractor,
  loadKnowledge: () => loadKnowledgeBase(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

interface EvalOptions {
  gold: string;
  articles: string;
  split: string | undefined;
  sources: string | undefined;
  json: boolean;
  verbose: boolean;
}

function parseEvalArguments(args: string[]): EvalOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        gold: { type: 'string' },
        articles: { type: 'string' },
        split: { type: 'string' },
        sources: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Usage: diplograph ${EVAL_USAGE}`);
  }
  const { gold, articles, split, sources, json = false, verbose = false } = parsed.values;
  if (gold === undefined || articles === undefined) {
    throw new UsageError(
      `eval needs both --gold and --articles folders, such as: diplograph eval --gold test/fixtures/gold --articles test/fixtures/articles`,
    );
  }
  if (sources !== undefined && split === undefined) throw new UsageError('--sources only makes sense with --split dev or --split test');
  return { gold, articles, split, sources, json, verbose };
}

/**
 * `diplograph eval --gold DIR --articles DIR`: extracts every article (.txt, .html, .md) below the
 * articles folder, scores each against its gold (same name, .gold.json, anywhere below the gold folder)
 * and prints precision, recall and F1 per fact type, then F1 per language when several are present.
 * `--split dev|test` scores only the articles sources.tsv puts in that split. Scores never change the exit code (it is a
 * measurement); exit 2 for bad arguments, a missing or invalid gold file; exit 1 when the extractor
 * threw on an article (that article is scored as an empty result, so the figures stay comparable).
 */
export async function evalCommand(args: string[], dependencies: EvalDependencies = DEFAULT_DEPENDENCIES): Promise<number> {
  const options = parseEvalArguments(args);
  const onlyStems = options.split === undefined ? undefined : stemsOfSplit(options.split, options.articles, options.sources);
  const { report, byLanguage, failures, articleCount } = await evaluateFolders(
    options.gold,
    options.articles,
    dependencies.extract,
    dependencies.loadKnowledge,
    onlyStems,
  );
  const totalsByLanguage = Object.fromEntries(
    [...byLanguage].map(([language, languageReport]) => [
      language,
      { totals: languageReport.totals, micro: languageReport.micro, articles: languageReport.articles.length },
    ]),
  );
  dependencies.stdout(
    options.json
      ? `${JSON.stringify({ ...report, byLanguage: totalsByLanguage, split: options.split ?? null, extractionFailures: failures }, null, 2)}\n`
      : formatReport(report, options) + (byLanguage.size > 1 ? formatLanguageTable(byLanguage) : ''),
  );
  if (failures.length > 0) {
    dependencies.stderr(
      `diplograph eval: extraction failed on ${failures.length} of ${articleCount} article(s), scored as empty results:\n${failures.map((failure) => `  ${failure}`).join('\n')}\n`,
    );
    return 1;
  }
  return 0;
}
