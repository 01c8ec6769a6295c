import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTRACT_VERSION, type ExtractionResult } from '../../extract/contract/extraction-result.ts';
import type { GoldArticle } from '../../extract/evaluation/gold-schema.ts';
import { scoreExtractions, type EvaluationPair } from '../../extract/evaluation/score-extractions.ts';
import type { KnowledgeBase } from '../../extract/knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../../extract/knowledge/load-knowledge.ts';
import { articleStem, indexGoldFiles, readGoldFile } from '../eval/gold-files.ts';
import { formatReport } from '../eval/report-table.ts';
import { runExtractor, type Extractor } from '../eval/run-extractor.ts';
import { collectInputs } from '../load/collect-inputs.ts';
import { UsageError } from '../usage-error.ts';

export const EVAL_USAGE = 'eval --gold DIR --articles DIR [--json] [--verbose]';

const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.md'];

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
  json: boolean;
  verbose: boolean;
}

function parseEvalArguments(args: string[]): EvalOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { gold: { type: 'string' }, articles: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Usage: diplograph ${EVAL_USAGE}`);
  }
  const { gold, articles, json = false, verbose = false } = parsed.values;
  if (gold === undefined || articles === undefined) {
    throw new UsageError(`eval needs both --gold and --articles folders, such as: diplograph eval --gold test/fixtures/gold --articles test/fixtures/articles`);
  }
  return { gold, articles, json, verbose };
}

/** What a failed extraction is scored as: nothing found, so its misses still count. */
function emptyExtraction(gold: GoldArticle, text: string): ExtractionResult {
  return {
    contractVersion: CONTRACT_VERSION,
    knowledgeBaseVersion: 'none',
    article: {
      id: 'article:extraction-failed',
      contentHash: createHash('sha256').update(text).digest('hex'),
      title: gold.article,
      language: gold.language,
      languageConfidence: 0,
      text,
    },
    entities: [],
    offices: [],
    events: [],
    agreements: [],
    relations: [],
    figures: [],
  };
}

/**
 * `diplograph eval --gold DIR --articles DIR`: extracts every article (.txt, .html, .md) below the
 * articles folder, scores each against its gold (same name, .gold.json, anywhere below the gold folder)
 * and prints precision, recall and F1 per fact type. Scores never change the exit code (it is a
 * measurement); exit 2 for bad arguments, a missing or invalid gold file; exit 1 when the extractor
 * threw on an article (that article is scored as an empty result, so the figures stay comparable).
 */
export async function evalCommand(args: string[], dependencies: EvalDependencies = DEFAULT_DEPENDENCIES): Promise<number> {
  const options = parseEvalArguments(args);
  const collected = await collectInputs([options.articles], ARTICLE_EXTENSIONS);
  // A folder's README describes the articles; it is not one.
  const inputs = collected.inputs.filter((input) => path.basename(input.path ?? '').toLowerCase() !== 'readme.md');
  const problems = collected.problems;
  if (problems.length > 0) throw new UsageError(`--articles ${options.articles}: ${problems.map((problem) => problem.message).join('; ')}`);
  const goldFiles = await indexGoldFiles(options.gold);

  const articles: Array<{ file: string; gold: GoldArticle }> = [];
  for (const { path: file } of inputs) {
    const goldFile = goldFiles.get(articleStem(file!));
    if (goldFile === undefined) {
      throw new UsageError(`no gold file for ${file}: expected ${articleStem(file!)}.gold.json below ${options.gold} (see test/fixtures/gold/README.md)`);
    }
    articles.push({ file: file!, gold: await readGoldFile(goldFile, file!) });
  }

  const knowledge = dependencies.loadKnowledge();
  const pairs: EvaluationPair[] = [];
  const failures: string[] = [];
  for (const { file, gold } of articles) {
    const bytes = await readFile(file);
    try {
      pairs.push({ gold, result: dependencies.extract({ bytes, sourceName: path.basename(file) }, knowledge) });
    } catch (error) {
      failures.push(`${file}: ${(error as Error).message}`);
      pairs.push({ gold, result: emptyExtraction(gold, bytes.toString('utf8')) });
    }
  }

  const report = scoreExtractions(pairs);
  dependencies.stdout(options.json ? `${JSON.stringify({ ...report, extractionFailures: failures }, null, 2)}\n` : formatReport(report, options));
  if (failures.length > 0) {
    dependencies.stderr(`diplograph eval: extraction failed on ${failures.length} of ${articles.length} article(s), scored as empty results:\n${failures.map((failure) => `  ${failure}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}
