import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTRACT_VERSION, type ExtractionResult } from '../../extract/contract/extraction-result.ts';
import type { GoldArticle } from '../../extract/evaluation/gold-schema.ts';
import { scoreExtractions, type EvaluationPair, type EvaluationReport } from '../../extract/evaluation/score-extractions.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { collectInputs } from '../load/collect-inputs.ts';
import { UsageError } from '../usage-error.ts';
import { articleStem, indexGoldFiles, readGoldFile } from './gold-files.ts';
import type { Extractor } from './run-extractor.ts';

const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.md'];

export interface FolderEvaluation {
  report: EvaluationReport;
  /** The same scores for each language's articles alone (gold `language`), languages in order. */
  byLanguage: Map<string, EvaluationReport>;
  /** "file: message" for each article the extractor threw on (scored as an empty result). */
  failures: string[];
  articleCount: number;
}

/** What a failed extraction is scored as: nothing found, so its misses still count. */
function emptyExtraction(gold: GoldArticle, text: string): ExtractionResult {
  return {
    contractVersion: CONTRACT_VERSION,
    knowledgeBaseVersion: 'none',
    extractorVersion: 'none',
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
 * Extracts every article (.txt, .html, .md) below the articles folder and scores each against its gold
 * (same name, .gold.json, anywhere below the gold folder). A missing or invalid gold file is a usage
 * error; an article the extractor throws on is scored as an empty result, so the figures stay comparable.
 */
export async function evaluateFolders(
  goldFolder: string,
  articlesFolder: string,
  extract: Extractor,
  loadKnowledge: () => KnowledgeBase,
  /** Only these article stems (a split of sources.tsv); all articles when absent. */
  onlyStems?: ReadonlySet<string>,
): Promise<FolderEvaluation> {
  const collected = await collectInputs([articlesFolder], ARTICLE_EXTENSIONS);
  // A folder's README describes the articles; it is not one.
  const inputs = collected.inputs
    .filter((input) => path.basename(input.path ?? '').toLowerCase() !== 'readme.md')
    .filter((input) => onlyStems === undefined || onlyStems.has(articleStem(input.path!)));
  const problems = collected.problems;
  if (problems.length > 0) throw new UsageError(`--articles ${articlesFolder}: ${problems.map((problem) => problem.message).join('; ')}`);
  const goldFiles = await indexGoldFiles(goldFolder);

  const articles: Array<{ file: string; gold: GoldArticle }> = [];
  for (const { path: file } of inputs) {
    const goldFile = goldFiles.get(articleStem(file!));
    if (goldFile === undefined) {
      throw new UsageError(
        `no gold file for ${file}: expected ${articleStem(file!)}.gold.json below ${goldFolder} (see test/fixtures/gold/README.md)`,
      );
    }
    articles.push({ file: file!, gold: await readGoldFile(goldFile, file!) });
  }

  const knowledge = loadKnowledge();
  const pairs: EvaluationPair[] = [];
  const failures: string[] = [];
  for (const { file, gold } of articles) {
    const bytes = await readFile(file);
    try {
      pairs.push({ gold, result: extract({ bytes, sourceName: path.basename(file) }, knowledge) });
    } catch (error) {
      failures.push(`${file}: ${(error as Error).message}`);
      pairs.push({ gold, result: emptyExtraction(gold, bytes.toString('utf8')) });
    }
  }

  const languages = [...new Set(pairs.map((pair) => pair.gold.language))].sort();
  const byLanguage = new Map(
    languages.map((language) => [language, scoreExtractions(pairs.filter((pair) => pair.gold.language === language))]),
  );
  return { report: scoreExtractions(pairs), byLanguage, failures, articleCount: articles.length };
}
