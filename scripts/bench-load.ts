/**
 * Loading speed, a benchmark (not a test):
 *
 *   npm run bench:load -- [--count 10000] [--seed 1] [--batch N] [--plain-batch N] [--warmup 500] [--timeout-minutes 30]
 *
 * Generates the synthetic corpus (src/corpus, deterministic for a count and seed), extracts it (timed
 * apart), loads it through the product's loader into an empty throwaway database, then, in the same run
 * and on the same server, empties the database and writes the same rows with plain UNWIND ... MERGE
 * statements through neo4j-driver. Prints articles/s and created nodes+relationships/s of both, their
 * ratio, and whether the issue's targets are met: loading at no less than half the plain write's
 * throughput, and 10,000 articles loaded in under two minutes.
 *
 * --batch: articles per loader transaction (default: the loader's own, as `diplograph load` uses it);
 * --batch 1 is one article per transaction, the path of a single ingestArticle. --plain-batch: articles per
 * transaction of the plain write (default: the same as --batch). Both start from the same state (schema and
 * reference data). The loader's time includes what it does in Node (contract check, rows); the plain
 * write's rows are prepared before its clock starts. --warmup N: before timing, both writes run once,
 * untimed, on the first N articles (0: no warm-up), so neither pays alone for the server's cold start.
 *
 * The database is never the user's: NEO4J_TEST_URI if set (it is emptied), else a local Neo4j in a temporary
 * folder on free ports, removed afterwards. Exit code 0 when the run completed (whatever the figures),
 * 1 when it failed or ran over --timeout-minutes, 2 on bad arguments.
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { prepareGraph } from '../src/cli/prepare-graph.ts';
import type { ExtractionResult } from '../src/extract/contract/extraction-result.ts';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge.ts';
import { toGraphRows } from '../src/graph/load/graph-rows.ts';
import { DEFAULT_ARTICLES_PER_TRANSACTION, loadExtractions } from '../src/graph/load/load-articles.ts';
import { addCounters, emptyCounters, type WriteCounters } from '../src/graph/load/write-counters.ts';
import { silentLogger } from '../src/log/logger.ts';
import { extractCorpus } from './bench-load/corpus-extraction.ts';
import { plainBulkWrite } from './bench-load/plain-bulk-write.ts';
import { deleteAllData, graphSize } from '../test/support/test-database.ts';
import { openBenchNeo4j, type BenchNeo4j } from './bench-common/bench-neo4j.ts';

const TARGET_ARTICLES = 10_000;
const TARGET_SECONDS = 120;
const TARGET_RATIO = 0.5;
const USAGE = 'such as: npm run bench:load -- --count 10000 --seed 1';

function fail(message: string): never {
  process.stderr.write(`bench:load: ${message}\n`);
  process.exit(2);
}

function wholeNumber(name: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) fail(`--${name} must be a whole number of at least ${min} (got "${text}"), ${USAGE}`);
  return Number(text);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      count: { type: 'string', default: String(TARGET_ARTICLES) },
      seed: { type: 'string', default: '1' },
      batch: { type: 'string', default: String(DEFAULT_ARTICLES_PER_TRANSACTION) },
      'plain-batch': { type: 'string' },
      warmup: { type: 'string', default: '500' },
      'timeout-minutes': { type: 'string', default: '30' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(`${(error as Error).message}; ${USAGE}`);
}
const count = wholeNumber('count', values.count, 1);
const seed = wholeNumber('seed', values.seed, 0);
const batch = wholeNumber('batch', values.batch, 1);
const plainBatch = values['plain-batch'] === undefined ? batch : wholeNumber('plain-batch', values['plain-batch'], 1);
const warmup = wholeNumber('warmup', values.warmup, 0);
const timeoutMinutes = wholeNumber('timeout-minutes', values['timeout-minutes'], 1);

const print = (line = ''): void => void process.stdout.write(`${line}\n`);
const seconds = (from: number): number => (performance.now() - from) / 1000;
const perSecond = (amount: number, time: number): string => (time > 0 ? (amount / time).toFixed(0) : '∞');
const progress = process.stderr.isTTY ? (text: string) => void process.stderr.write(`\r\u001b[2K${text}`) : () => undefined;

// The whole run is bounded: past the deadline the database is stopped (and its folder removed) and the
// process ends with 1, whatever it was waiting for.
let neo4j: BenchNeo4j | undefined;
let stopping: Promise<void> | undefined;
const stopNeo4j = (): Promise<void> => (stopping ??= neo4j ? neo4j.stop().catch(() => undefined) : Promise.resolve());
const giveUp = (reason: string): void => {
  process.stderr.write(`\nbench:load: ${reason}; stopping the benchmark's Neo4j\n`);
  void stopNeo4j().finally(() => process.exit(1));
};
const deadline = setTimeout(() => giveUp(`still running after --timeout-minutes ${timeoutMinutes}`), timeoutMinutes * 60_000);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => giveUp(signal));

async function timeLoader(
  bench: BenchNeo4j,
  results: readonly ExtractionResult[],
): Promise<{ seconds: number; counters: WriteCounters; statuses: Record<string, number> }> {
  const counters = emptyCounters();
  const statuses: Record<string, number> = {};
  const started = performance.now();
  // Calls of a few transactions each, only so that progress shows; each call batches as `load` does.
  const step = Math.max(batch * 10, 500);
  for (let first = 0; first < results.length; first += step) {
    const outcome = await loadExtractions(bench.driver, bench.database, results.slice(first, first + step), {
      articlesPerTransaction: batch,
    });
    addCounters(counters, outcome.counters);
    for (const article of outcome.outcomes) statuses[article.status] = (statuses[article.status] ?? 0) + 1;
    progress(`loader: ${Math.min(first + step, results.length)}/${results.length} articles`);
  }
  progress('');
  return { seconds: seconds(started), counters, statuses };
}

try {
  const knowledge = loadKnowledgeBase();
  print(`Diplograph load benchmark: ${count} generated articles, seed ${seed}, knowledge base ${knowledge.version}`);
  print(
    `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}; load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );

  const corpus = extractCorpus(count, seed, knowledge);
  const articles = corpus.results.length;
  print(`generation: ${count} articles in ${corpus.generateSeconds.toFixed(1)} s`);
  print(
    `extraction: ${articles} articles in ${corpus.extractSeconds.toFixed(1)} s = ${perSecond(articles, corpus.extractSeconds)} articles/s (${corpus.failures.length} refused)`,
  );
  for (const failure of corpus.failures.slice(0, 3)) print(`  refused: ${failure.fileName}: ${failure.message}`);

  const starting = performance.now();
  neo4j = await openBenchNeo4j({ startupTimeoutMs: 10 * 60_000 });
  const { driver, database } = neo4j;
  print(`database: ${neo4j.description}, ready in ${seconds(starting).toFixed(1)} s`);

  // Warm-up, untimed: both writes once on the first articles, so that neither pays alone for the server's
  // cold start (query planning, JIT, page cache).
  if (warmup > 0) {
    const first = corpus.results.slice(0, warmup);
    const warming = performance.now();
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
    await loadExtractions(driver, database, first, { articlesPerTransaction: batch });
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
    await plainBulkWrite(driver, database, first.map(toGraphRows), plainBatch);
    print(`warm-up (untimed): both writes on the first ${first.length} articles, ${seconds(warming).toFixed(1)} s`);
  }

  // Both writes start from the same state: an empty database with the schema and the reference data.
  await deleteAllData(driver, database);
  await prepareGraph(driver, database, silentLogger);
  const before = await graphSize(driver, database);
  const loader = await timeLoader(neo4j, corpus.results);
  const after = await graphSize(driver, database);
  const loaderCreated = loader.counters.nodesCreated + loader.counters.relationshipsCreated;
  const loaderRate = articles / loader.seconds;
  print(
    `loader (loadExtractions, ${batch} article${batch === 1 ? '' : 's'} per transaction): ${articles} articles in ${loader.seconds.toFixed(1)} s = ${loaderRate.toFixed(1)} articles/s; ` +
      `${loader.counters.nodesCreated} nodes + ${loader.counters.relationshipsCreated} relationships created = ${perSecond(loaderCreated, loader.seconds)} created/s`,
  );
  print(
    `  outcomes: ${Object.entries(loader.statuses)
      .map(([status, number]) => `${number} ${status}`)
      .join(', ')}; ` +
      `graph ${before.nodes} nodes + ${before.relationships} relationships (reference data) -> ${after.nodes} + ${after.relationships}`,
  );

  await deleteAllData(driver, database);
  await prepareGraph(driver, database, silentLogger);
  const rows = corpus.results.map(toGraphRows);
  const plainStarted = performance.now();
  const plain = await plainBulkWrite(driver, database, rows, plainBatch);
  const plainSeconds = seconds(plainStarted);
  const plainCreated = plain.nodesCreated + plain.relationshipsCreated;
  const plainRate = articles / plainSeconds;
  print(
    `plain UNWIND bulk write (${plainBatch} articles per transaction, no event matching): ${articles} articles in ${plainSeconds.toFixed(1)} s = ${plainRate.toFixed(1)} articles/s; ` +
      `${plain.nodesCreated} nodes + ${plain.relationshipsCreated} relationships created = ${perSecond(plainCreated, plainSeconds)} created/s`,
  );

  const ratio = loaderRate / plainRate;
  const createdRatio = loaderCreated / loader.seconds / (plainCreated / plainSeconds);
  const projected = (TARGET_ARTICLES / articles) * loader.seconds;
  print(`ratio loader / plain: ${ratio.toFixed(2)} in articles/s (${createdRatio.toFixed(2)} in created nodes+relationships/s)`);
  print(`extraction + loading: ${(corpus.extractSeconds + loader.seconds).toFixed(1)} s`);
  print(`${ratio >= TARGET_RATIO ? 'PASS' : 'MISS'} loading throughput >= ${TARGET_RATIO} x the plain bulk write's: ${ratio.toFixed(2)} x`);
  const timeMeasured =
    articles === TARGET_ARTICLES ? `${loader.seconds.toFixed(1)} s` : `${projected.toFixed(1)} s projected from ${articles} articles`;
  print(`${projected < TARGET_SECONDS ? 'PASS' : 'MISS'} ${TARGET_ARTICLES} articles loaded in under ${TARGET_SECONDS} s: ${timeMeasured}`);
} catch (error) {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await stopNeo4j();
  clearTimeout(deadline);
}
