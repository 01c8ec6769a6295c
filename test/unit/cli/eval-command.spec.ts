import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { evalCommand, type EvalDependencies } from '../../../src/cli/commands/eval.ts';
import { articleStem, indexGoldFiles } from '../../../src/cli/eval/gold-files.ts';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';
import type { ExtractionResult } from '../../../src/extract/contract/extraction-result.ts';
import { parseGold } from '../../../src/extract/evaluation/gold-schema.ts';
import type { EvaluationReport } from '../../../src/extract/evaluation/score-extractions.ts';
import type { KnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import { goldToExtraction } from '../../support/gold-to-extraction.ts';

const GOLD = path.join(PROJECT_ROOT, 'test', 'fixtures', 'gold');
const ARTICLES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'articles');

/** An extractor that answers with the gold itself: the fixtures' perfect result. */
async function perfectExtractor(): Promise<EvalDependencies['extract']> {
  const results = new Map<string, ExtractionResult>();
  for (const [stem, file] of await indexGoldFiles(GOLD)) {
    results.set(stem, goldToExtraction(parseGold(JSON.parse(readFileSync(file, 'utf8')))));
  }
  return (input) => results.get(articleStem(input.sourceName!))!;
}

const failing: EvalDependencies['extract'] = () => {
  throw new Error('extractArticle is not built yet');
};

function run(args: string[], extract: EvalDependencies['extract']) {
  const out: string[] = [];
  const err: string[] = [];
  const dependencies: EvalDependencies = {
    extract,
    loadKnowledge: () => ({}) as KnowledgeBase,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { result: evalCommand(args, dependencies), out, err };
}

describe('diplograph eval', () => {
  it('scores every fixture article 1.0 when the extractor returns exactly the gold', async () => {
    const { result, out } = run(['--gold', GOLD, '--articles', ARTICLES, '--json'], await perfectExtractor());

    expect(await result).toBe(0);
    const report = JSON.parse(out.join('')) as EvaluationReport;
    expect(report.articles.length).toBeGreaterThanOrEqual(15);
    expect(report.micro).toMatchObject({ precision: 1, recall: 1, f1: 1, fp: 0, fn: 0 });
    expect(report.clutterViolations).toBe(0);
  });

  it('prints a table with a line per fact type and the micro average', async () => {
    const { result, out } = run(['--gold', GOLD, '--articles', path.join(ARTICLES, 'seeds')], await perfectExtractor());

    expect(await result).toBe(0);
    const table = out.join('');
    expect(table).toMatch(/^persons\s+\d+\s+\d+\s+\d+\s+0\s+0\s+1\.000\s+1\.000\s+1\.000/m);
    expect(table).toMatch(/^micro \(all types\)/m);
  });

  it('scores an article the extractor fails on as empty, says so and exits 1', async () => {
    const { result, out, err } = run(['--gold', GOLD, '--articles', path.join(ARTICLES, 'seeds'), '--json'], failing);

    expect(await result).toBe(1);
    expect((JSON.parse(out.join('')) as EvaluationReport).micro.recall).toBe(0);
    expect(err.join('')).toContain('extraction failed on 5 of 5 article(s)');
  });

  it('refuses a missing --gold or --articles, or an unknown option, as a usage error', async () => {
    await expect(run(['--articles', ARTICLES], failing).result).rejects.toMatchObject({
      name: 'UsageError',
      message: expect.stringContaining('--gold'),
    });
    await expect(run(['--gold', GOLD, '--articles', ARTICLES, '--fast'], failing).result).rejects.toMatchObject({ name: 'UsageError' });
  });

  it('refuses an article without a gold file, naming the file it expected', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'diplograph-eval-'));
    mkdirSync(path.join(folder, 'gold'));
    writeFileSync(
      path.join(folder, 'gold', 'other.gold.json'),
      JSON.stringify({ article: 'other.txt', language: 'en', publishedAt: null, persons: [] }),
    );
    writeFileSync(path.join(folder, 'lonely-article.txt'), 'Tokayev met Erdoğan in Ankara.');

    await expect(run(['--gold', path.join(folder, 'gold'), '--articles', folder], failing).result).rejects.toMatchObject({
      name: 'UsageError',
      message: expect.stringContaining('lonely-article.gold.json'),
    });
  });

  it('refuses a gold file that breaks the schema, naming the field', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'diplograph-eval-'));
    writeFileSync(path.join(folder, 'a.txt'), 'Tokayev met Erdoğan in Ankara.');
    writeFileSync(
      path.join(folder, 'a.gold.json'),
      JSON.stringify({ article: 'a.txt', language: 'english', publishedAt: null, persons: [] }),
    );

    await expect(run(['--gold', folder, '--articles', folder], failing).result).rejects.toMatchObject({
      name: 'UsageError',
      message: expect.stringContaining('language'),
    });
  });
});
