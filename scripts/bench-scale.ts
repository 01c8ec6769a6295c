/**
 * The scale curve, a benchmark (not a test; issue 16):
 *
 *   npm run bench:scale -- [--steps 10000,30000,100000] [--seed 1] [--seconds 8] [--warmup 2] [--rounds 2]
 *                          [--clients 1,16] [--home DIR] [--out docs/scale] [--load-only] [--timeout-minutes 300]
 *
 * Generates one corpus of the largest step's size (src/corpus, deterministic for a count and seed) and loads
 * it in steps into one empty database with the loader `diplograph load` uses: the first 10,000 articles,
 * then the next 20,000, and so on. After each step it reports the step's load rate (over the whole step and
 * over its last tenth, the rate at the new size), the store's size on disk, node and relationship counts,
 * Neo4j's RSS, and, unless --load-only, every API class (scripts/bench-scale/api-classes.ts) at each
 * number of clients: p50/p95 of the real service (`npm start`'s command and heap, a child process) against
 * the raw driver replaying the very statements the API sent for that request (recorded in this process
 * through the same schema and resolvers), in alternating slices so that the machine's noise hits both
 * sides alike; the db hits of each request by PROFILE; and the service's peak RSS, or how it died.
 *
 * Writes <out>/scale-results.json and <out>/scale-curve.svg after every step, so a run stopped early
 * keeps what it measured. The database is never the user's: NEO4J_TEST_URI when set (emptied first), else
 * a local Neo4j in <home>/neo4j (default <tmp>/diplograph-scale-bench), started empty each run.
 * Exit code: 0 when every step loaded and every request answered (targets met or not: see PASS/MISS),
 * 1 when something failed or the run ran over --timeout-minutes, 2 on bad arguments.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectInputs } from '../src/cli/load/collect-inputs.ts';
import { ARTICLE_EXTENSIONS } from '../src/cli/load/extraction-from-input.ts';
import { writeCorpus } from '../src/cli/generate/write-corpus.ts';
import { prepareGraph } from '../src/cli/prepare-graph.ts';
import { PROJECT_ROOT } from '../src/config/project-root.ts';
import { corpusArticles } from '../src/corpus/generate-corpus.ts';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge.ts';
import { createLogger } from '../src/log/logger.ts';
import { deleteAllData, graphSize } from '../test/support/test-database.ts';
import { openBenchNeo4j, type BenchNeo4j } from './bench-common/bench-neo4j.ts';
import { processMemoryMb } from './bench-common/process-memory.ts';
import { stopOnSignals } from './bench-api/stop-on-signals.ts';
import { startService, type ServiceProcess } from './bench-api/service-process.ts';
import { apiClasses, chooseSubjects, type ClassSubjects } from './bench-scale/api-classes.ts';
import { loadStep, type StepLoad } from './bench-scale/load-step.ts';
import { measureClass, type ClassFigures } from './bench-scale/measure-class.ts';
import { folderMegabytes } from './bench-scale/folder-size.ts';
import { scaleChartSvg } from './bench-scale/scale-chart.ts';

const USAGE = 'such as: npm run bench:scale -- --steps 10000,30000,100000';
function fail(message: string): never {
  process.stderr.write(`bench:scale: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        steps: { type: 'string', default: '10000,30000,100000' },
        seed: { type: 'string', default: '1' },
        seconds: { type: 'string', default: '8' },
        warmup: { type: 'string', default: '2' },
        rounds: { type: 'string', default: '2' },
        clients: { type: 'string', default: '1,16' },
        home: { type: 'string', default: path.join(os.tmpdir(), 'diplograph-scale-bench') },
        out: { type: 'string', default: path.join(PROJECT_ROOT, 'docs', 'scale') },
        'load-only': { type: 'boolean', default: false },
        'timeout-minutes': { type: 'string', default: '300' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}
const values = parseOptions();
const wholeNumbers = (name: string, text: string, min: number) =>
  text.split(',').map((part) => {
    if (!/^\d+$/.test(part.trim()) || Number(part) < min)
      fail(`--${name} takes whole numbers of at least ${min}, comma-separated (got "${text}")`);
    return Number(part);
  });
const steps = wholeNumbers('steps', values.steps, 100);
if (steps.some((count, index) => index > 0 && count <= steps[index - 1]!)) fail(`--steps must grow (got ${values.steps})`);
const [seed] = wholeNumbers('seed', values.seed, 0);
const [seconds] = wholeNumbers('seconds', values.seconds, 1);
const [warmup] = wholeNumbers('warmup', values.warmup, 0);
const [rounds] = wholeNumbers('rounds', values.rounds, 1);
const clientCounts = wholeNumbers('clients', values.clients, 1);
const [timeoutMinutes] = wholeNumbers('timeout-minutes', values['timeout-minutes'], 1);
const home = path.resolve(values.home);
const out = path.resolve(values.out);

/** Issue 16's bars. */
const TARGETS = { p95GrowthOverFirst: 1.5, p95OverRaw: 1.5, oneClientMs: 1000, loadRateOverFirst: 0.8 };

interface StepResult {
  articles: number;
  load: StepLoad;
  nodes: number;
  relationships: number;
  storeMb: number;
  transactionLogsMb: number;
  neo4jRssMb: number;
  classes: ClassFigures[];
  service?: { peakRssMb: number; rssMbAtEnd: number; died?: string };
  loadAverage: number;
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const loadAverage = () => os.loadavg()[0]!;

async function generatedCorpus(count: number): Promise<string> {
  const folder = path.join(home, `corpus-${count}-seed-${seed}`);
  const marker = path.join(folder, '.complete');
  const done = await readFile(marker, 'utf8').catch(() => undefined);
  if (done === String(count)) return folder;
  await rm(folder, { recursive: true, force: true });
  const { written } = await writeCorpus(folder, corpusArticles({ count, seed: seed!, knowledge: loadKnowledgeBase() }));
  await writeFile(marker, String(written));
  return folder;
}

async function writeResults(results: readonly StepResult[], subjects: ClassSubjects | undefined): Promise<void> {
  const articles = results.map((result) => result.articles);
  const at16 = Math.max(...clientCounts);
  const classNames = results[0]?.classes.map((figures) => figures.name) ?? [];
  const svg = scaleChartSvg(
    articles,
    [
      {
        title: 'Load rate',
        unit: 'articles/s',
        series: [
          { label: 'last tenth of step', values: results.map((result) => result.load.rateAtEnd) },
          { label: 'whole step', values: results.map((result) => result.load.rate) },
        ],
      },
      ...(classNames.length === 0
        ? []
        : [
            {
              title: `API p95 at ${at16} clients`,
              unit: 'ms',
              series: classNames.map((name) => ({
                label: name,
                values: results.map(
                  (result) =>
                    result.classes.find((figures) => figures.name === name)?.byClients.find((run) => run.clients === at16)?.api.p95 ?? NaN,
                ),
              })),
            },
          ]),
    ],
    `bench:scale ${new Date().toISOString().slice(0, 10)}, seed ${seed}, ${os.cpus().length} cores`,
  );
  await Promise.all([
    writeFile(path.join(out, 'scale-results.json'), `${JSON.stringify({ seed, subjects, steps: results }, null, 2)}\n`),
    writeFile(path.join(out, 'scale-curve.svg'), svg),
  ]);
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1).padStart(8) : '       -');

function printStep(result: StepResult): void {
  say(
    `step ${result.articles} articles: loaded ${result.load.articles} in ${result.load.seconds.toFixed(0)} s, ${result.load.rate.toFixed(1)} articles/s (${result.load.rateAtEnd.toFixed(1)} over its last tenth); ` +
      `${result.nodes} nodes, ${result.relationships} relationships; store ${result.storeMb.toFixed(0)} MB after a clean stop (+ ${result.transactionLogsMb.toFixed(0)} MB transaction logs, preallocated); Neo4j RSS ${result.neo4jRssMb.toFixed(0)} MB; load average ${result.loadAverage.toFixed(2)}`,
  );
  if (result.classes.length === 0) return;
  say(`  class              clients  db hits   API p50   API p95   raw p50   raw p95  p95 API/raw  errors`);
  for (const figures of result.classes) {
    for (const run of figures.byClients) {
      say(
        `  ${figures.name.padEnd(18)} ${String(run.clients).padStart(7)} ${String(figures.dbHits).padStart(8)} ${ms(run.api.p50)}  ${ms(run.api.p95)}  ${ms(run.raw.p50)}  ${ms(run.raw.p95)}  ${(run.api.p95 / run.raw.p95).toFixed(2).padStart(10)}x  ${String(run.api.errors + run.raw.errors).padStart(6)}`,
      );
      for (const sample of [...run.api.errorSamples, ...run.raw.errorSamples]) say(`    ! ${sample}`);
    }
  }
  const service = result.service!;
  say(
    `  service peak RSS ${service.peakRssMb.toFixed(0)} MB (${service.rssMbAtEnd.toFixed(0)} MB at the end)${service.died ? `; it DIED: ${service.died}` : ''}`,
  );
}

function verdicts(results: readonly StepResult[]): boolean {
  const verdict = (met: boolean) => (met ? 'PASS' : 'MISS');
  const first = results[0]!;
  const last = results.at(-1)!;
  say('');
  say(`targets (issue 16), ${last.articles} articles against ${first.articles}:`);
  const rateRatio = last.load.rateAtEnd / first.load.rateAtEnd;
  say(
    `  ${verdict(rateRatio >= TARGETS.loadRateOverFirst)}  load rate at the end of the last step / of the first: ${last.load.rateAtEnd.toFixed(1)} / ${first.load.rateAtEnd.toFixed(1)} = ${rateRatio.toFixed(2)} (target at least ${TARGETS.loadRateOverFirst})`,
  );
  say(
    `       store ${first.storeMb.toFixed(0)} MB -> ${last.storeMb.toFixed(0)} MB: ${(last.storeMb / first.storeMb).toFixed(2)}x for ${(last.articles / first.articles).toFixed(2)}x the articles`,
  );
  let clean = true;
  const most = Math.max(...clientCounts);
  const least = Math.min(...clientCounts);
  for (const figures of last.classes) {
    const firstFigures = first.classes.find((candidate) => candidate.name === figures.name)!;
    const atMost = figures.byClients.find((run) => run.clients === most)!;
    const growth = atMost.api.p95 / firstFigures.byClients.find((run) => run.clients === most)!.api.p95;
    const overRaw = atMost.api.p95 / atMost.raw.p95;
    const alone = figures.byClients.find((run) => run.clients === least)!;
    say(
      `  ${verdict(growth <= TARGETS.p95GrowthOverFirst)} ${verdict(overRaw <= TARGETS.p95OverRaw)} ${verdict(alone.api.max < TARGETS.oneClientMs)}  ${figures.name.padEnd(18)} p95 at ${most} clients ${growth.toFixed(2)}x its first-step figure, ${overRaw.toFixed(2)}x the raw driver; slowest request at ${least} client ${alone.api.max.toFixed(0)} ms; db hits ${firstFigures.dbHits} -> ${figures.dbHits}`,
    );
    if (figures.byClients.some((run) => run.api.errors + run.raw.errors > 0)) clean = false;
  }
  if (last.service)
    say(`  ${verdict(!last.service.died)}  the service lived through every class (peak RSS ${last.service.peakRssMb.toFixed(0)} MB)`);
  return clean && results.every((result) => !result.service?.died);
}

async function main(): Promise<number> {
  say(`Diplograph scale benchmark — ${new Date().toISOString()}`);
  say(
    `machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}; load average ${loadAverage().toFixed(2)}`,
  );
  await mkdir(out, { recursive: true });
  const neo4jHome = path.join(home, 'neo4j');
  if (!process.env.NEO4J_TEST_URI) await rm(neo4jHome, { recursive: true, force: true });
  const corpusFolder = await generatedCorpus(steps.at(-1)!);
  const { inputs } = await collectInputs([corpusFolder], ARTICLE_EXTENSIONS);
  if (inputs.length < steps.at(-1)!) throw new Error(`the corpus in ${corpusFolder} has ${inputs.length} articles, not ${steps.at(-1)}`);
  say(`corpus: ${inputs.length} generated articles (seed ${seed}) in ${corpusFolder}`);

  let neo4j: BenchNeo4j = await openBenchNeo4j({ home: neo4jHome, startupTimeoutMs: 600_000 });
  let service: ServiceProcess | undefined;
  const stopAll = stopOnSignals(async () => {
    await service?.stop();
    await neo4j.stop();
  });
  try {
    say(`database: ${neo4j.description}`);
    if (process.env.NEO4J_TEST_URI) await deleteAllData(neo4j.driver, neo4j.database);
    await prepareGraph(neo4j.driver, neo4j.database, createLogger('warn'));
    const knowledge = loadKnowledgeBase();
    const results: StepResult[] = [];
    let subjects: ClassSubjects | undefined;
    let loaded = 0;
    for (const step of steps) {
      say('');
      say(`loading articles ${loaded + 1}-${step} ...`);
      const load = await loadStep(neo4j, inputs.slice(loaded, step), knowledge, (line) => say(line));
      loaded = step;
      const size = await graphSize(neo4j.driver, neo4j.database);
      if (!process.env.NEO4J_TEST_URI) {
        // Community has no db.checkpoint(): a clean stop writes every page to the store files, so that their
        // size is the graph's. The API is then measured on a fresh server, after a warm-up per class.
        await neo4j.stop();
        neo4j = await openBenchNeo4j({ home: neo4jHome, startupTimeoutMs: 600_000 });
      }
      const result: StepResult = {
        articles: step,
        load,
        nodes: size.nodes,
        relationships: size.relationships,
        storeMb: await folderMegabytes(path.join(neo4jHome, 'data', 'databases', neo4j.database)),
        transactionLogsMb: await folderMegabytes(path.join(neo4jHome, 'data', 'transactions', neo4j.database)),
        neo4jRssMb: neo4j.pid === undefined ? NaN : processMemoryMb(neo4j.pid, 'VmRSS'),
        classes: [],
        loadAverage: loadAverage(),
      };
      if (!values['load-only']) {
        subjects ??= await chooseSubjects(neo4j.driver, neo4j.database);
        service = await startService(neo4j.connection, { logFile: path.join(home, `service-${step}.log`), logLevel: 'warn' });
        let peakRssMb = service.memory().rssMb;
        const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, service?.memory().rssMb ?? 0)), 200);
        try {
          for (const apiClass of apiClasses(subjects)) {
            if (service.exited()) break;
            say(`  measuring ${apiClass.name}: ${apiClass.description}`);
            result.classes.push(
              await measureClass({ apiClass, neo4j, service, clientCounts, seconds: seconds!, warmup: warmup!, rounds: rounds! }),
            );
          }
        } finally {
          clearInterval(sampler);
        }
        const memory = service.memory();
        const died = service.exited();
        result.service = { peakRssMb: Math.max(peakRssMb, memory.peakRssMb || 0), rssMbAtEnd: memory.rssMb, ...(died ? { died } : {}) };
        await service.stop();
        service = undefined;
      }
      results.push(result);
      printStep(result);
      await writeResults(results, subjects);
    }
    say('');
    say(`figures in ${path.join(out, 'scale-results.json')}, chart in ${path.join(out, 'scale-curve.svg')}`);
    return verdicts(results) ? 0 : 1;
  } finally {
    await stopAll();
  }
}

const timeout = setTimeout(() => {
  process.stderr.write(`bench:scale: ran over --timeout-minutes ${timeoutMinutes}; stopping\n`);
  process.kill(process.pid, 'SIGTERM');
  process.exitCode = 1;
}, timeoutMinutes! * 60_000);
timeout.unref();

main().then(
  (code) => {
    // A timeout has set 1 already.
    if (process.exitCode !== 1) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench:scale: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
