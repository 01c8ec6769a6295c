/**
 * Extraction speed, a benchmark (not a test): extracts the sample articles over and over on one core
 * and prints articles/s and KB/s, plus the time each stage takes in the same run.
 *
 * Throughput is given twice: per second of wall time, and per second of CPU time the process used.
 * Extraction runs on one thread, so the second is the speed of one core even when other work shares
 * the machine (the wall figure then drops, the CPU figure does not); with a quiet machine both agree.
 *
 *   npx node scripts/bench-extraction.ts [--seconds 10] [--folder data/samples]
 *   taskset -c 1 npm run bench:extraction     # pinned to one core, the garbage collector's threads too
 *
 * The target is at least 500 articles/s on one core of the development machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config/project-root.ts';
import { prepareArticle } from '../src/extract/document/prepare-article.ts';
import { analyzeEntities } from '../src/extract/entities/analyze-entities.ts';
import { extractArticle, extractPrepared } from '../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge.ts';

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

interface Run {
  rounds: number;
  ms: number;
  cpuMs: number;
}

function timeLoop(work: () => void, share: number): Run {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let rounds = 0;
  while (performance.now() - start < seconds * 1000 * share) {
    work();
    rounds += 1;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { rounds, ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const whole = timeLoop(() => articles.forEach((article) => extractArticle(article, knowledge)), 0.55);
const prepared = articles.map((article) => prepareArticle(article));
const documentStage = timeLoop(() => articles.forEach((article) => prepareArticle(article)), 0.15);
const entityStage = timeLoop(() => prepared.forEach((article) => analyzeEntities(article, knowledge)), 0.15);
const restStage = timeLoop(() => prepared.forEach((article) => extractPrepared(article, knowledge)), 0.15);

const perArticle = (run: Run, ms: number) => ms / (run.rounds * articles.length);
const wallRate = 1000 / perArticle(whole, whole.ms);
const cpuRate = 1000 / perArticle(whole, whole.cpuMs);
const kbPerSecond = (rate: number) => ((rate * totalBytes) / articles.length / 1024).toFixed(0);
const stage = (run: Run) => `${perArticle(run, run.cpuMs).toFixed(3)} ms CPU/article`;
console.log(
  `extraction benchmark: ${articles.length} articles (${(totalBytes / 1024).toFixed(1)} KB) from ${path.relative(PROJECT_ROOT, folder)}, ${seconds} s, one thread`,
);
console.log(`knowledge base load: ${knowledgeMs.toFixed(0)} ms (once per process)`);
console.log(
  `whole pipeline, per CPU second:  ${cpuRate.toFixed(0)} articles/s, ${kbPerSecond(cpuRate)} KB/s, ${perArticle(whole, whole.cpuMs).toFixed(3)} ms CPU/article`,
);
console.log(
  `whole pipeline, per wall second: ${wallRate.toFixed(0)} articles/s (${((100 * whole.cpuMs) / whole.ms).toFixed(0)}% of a core was ours; lower means other work shared the machine)`,
);
console.log(`  document stage (decode, clean, language, sentences): ${stage(documentStage)}`);
console.log(`  entity stage: ${stage(entityStage)}`);
console.log(`  entities + events + assembly from a prepared article: ${stage(restStage)}`);
console.log(`target 500 articles/s on one core: ${cpuRate >= 500 ? 'met' : 'NOT met'} (ratio ${(cpuRate / 500).toFixed(2)})`);
