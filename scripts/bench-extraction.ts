/**
 * Extraction speed, a benchmark (not a test): extracts the sample articles over and over on one core
 * and prints articles/s and KB/s, plus the share of time each stage takes in the same run.
 *
 *   npx node scripts/bench-extraction.ts [--seconds 10] [--folder data/samples]
 *
 * The target is at least 500 articles/s on one core of the development machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config/project-root.ts';
import { prepareArticle } from '../src/extract/document/prepare-article.ts';
import { analyzeEntities } from '../src/extract/entities/analyze-entities.ts';
import { extractArticle, extractPrepared } from '../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../src/extract/knowledge/load-knowledge.ts';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1]! : fallback;
}

const seconds = Number(option('seconds', '10'));
const folder = path.resolve(PROJECT_ROOT, option('folder', 'data/samples'));
const articles = readdirSync(folder)
  .filter((name) => /\.(txt|html?|md)$/i.test(name))
  .map((name) => ({ sourceName: name, bytes: readFileSync(path.join(folder, name)) }));
if (articles.length === 0) throw new Error(`no articles in ${folder}`);
const totalBytes = articles.reduce((sum, article) => sum + article.bytes.length, 0);

const knowledgeStart = performance.now();
const knowledge = loadKnowledgeBase();
const knowledgeMs = performance.now() - knowledgeStart;
// Warm-up: compile matchers, let the JIT settle.
for (let round = 0; round < 20; round += 1) for (const article of articles) extractArticle(article, knowledge);

function timeLoop(work: () => void): { rounds: number; ms: number } {
  const start = performance.now();
  let rounds = 0;
  while (performance.now() - start < (seconds * 1000) / 3) {
    work();
    rounds += 1;
  }
  return { rounds, ms: performance.now() - start };
}

const whole = timeLoop(() => articles.forEach((article) => extractArticle(article, knowledge)));
const prepared = articles.map((article) => prepareArticle(article));
const documentStage = timeLoop(() => articles.forEach((article) => prepareArticle(article)));
const entityStage = timeLoop(() => prepared.forEach((article) => analyzeEntities(article, knowledge)));
const restStage = timeLoop(() => prepared.forEach((article) => extractPrepared(article, knowledge)));

const perArticleMs = (run: { rounds: number; ms: number }) => run.ms / (run.rounds * articles.length);
const articlesPerSecond = 1000 / perArticleMs(whole);
console.log(`extraction benchmark: ${articles.length} articles (${(totalBytes / 1024).toFixed(1)} KB) from ${path.relative(PROJECT_ROOT, folder)}, ${seconds} s, one core`);
console.log(`knowledge base load: ${knowledgeMs.toFixed(0)} ms (once per process)`);
console.log(`whole pipeline: ${articlesPerSecond.toFixed(0)} articles/s, ${((articlesPerSecond * totalBytes) / articles.length / 1024).toFixed(0)} KB/s, ${perArticleMs(whole).toFixed(3)} ms/article`);
console.log(`  document stage (decode, clean, language, sentences): ${perArticleMs(documentStage).toFixed(3)} ms/article`);
console.log(`  entity stage: ${perArticleMs(entityStage).toFixed(3)} ms/article`);
console.log(`  entities + events + assembly from a prepared article: ${perArticleMs(restStage).toFixed(3)} ms/article`);
console.log(`target 500 articles/s: ${articlesPerSecond >= 500 ? 'met' : 'NOT met'} (ratio ${(articlesPerSecond / 500).toFixed(2)})`);
