/**
 * GraphQL API load benchmark, not a test (issue 5): over the graph of 10,000 generated articles, measures
 * a lookup, who-met-whom and a 6-hop path query at 16 concurrent clients against the real service
 * (`diplograph start`, a child process on a loopback port, autocannon as the client), and in the same run
 * the same three questions as plain Cypher through neo4j-driver with 16 concurrent workers. Prints
 * p50/p95/p99 and requests/s of both, the GraphQL/plain p95 ratio, PASS/MISS per target and the
 * service's peak memory.
 *
 *   npm run bench:api -- [--seconds 20] [--rounds 4] [--warmup 3] [--connections 16] [--count 10000] [--seed 1]
 *                        [--home DIR] [--fresh] [--log-level info] [--party ID] [--prepare-only]
 *
 * Operations: country(key: "KZ") { id name aliases }; whoMet for the person who attended the most events
 * (or --party): the first page (20) of counterparts, with ids and names, meeting ids and dates, and the
 * total count; paths(maxHops: 6) between two
 * entities that a breadth-first search over the fact relationships finds 6 hops apart.
 *
 * Database: NEO4J_TEST_URI when set (it may be emptied and filled), else a local Neo4j in
 * <home>/neo4j (default <tmp>/diplograph-api-bench), kept between runs. The database records which
 * corpus it holds (count, seed, knowledge-base version and a fingerprint of the generator, extraction,
 * loader and knowledge files); a run whose values match reuses the graph, any other empties it and loads
 * the corpus again (10,000 articles take minutes). --fresh forces that.
 *
 * Exit code: 0 when every answer measured was a right one (targets met or not: see the PASS/MISS
 * lines), 1 when any request failed or answered wrongly, or the two sides disagreed.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCypher } from '../src/graph/cypher-files.ts';
import { graphSize } from '../test/support/test-database.ts';
import { stopOnSignals } from './bench-api/stop-on-signals.ts';
import { addCpu, NO_CPU, startCpuMeter, type CpuSpent } from './bench-api/cpu-meter.ts';
import { openBenchNeo4j, type BenchNeo4j } from './bench-common/bench-neo4j.ts';
import { ensureCorpusGraph } from './bench-api/corpus-graph.ts';
import { runCypher, runGraphql, summarize, type RunFigures, type RunSample } from './bench-api/load-runners.ts';
import {
  answersAgree,
  countryLookup,
  farApartEntities,
  farPath,
  wellConnectedPerson,
  whoMetWhom,
  type Operation,
} from './bench-api/operations.ts';
import { startService, type ServiceProcess } from './bench-api/service-process.ts';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '4' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    home: { type: 'string', default: path.join(os.tmpdir(), 'diplograph-api-bench') },
    fresh: { type: 'boolean', default: false },
    'log-level': { type: 'string', default: 'info' },
    party: { type: 'string' },
    'prepare-only': { type: 'boolean', default: false },
  },
  strict: true,
});

const seconds = Number(options.seconds);
const rounds = Math.max(1, Math.round(Number(options.rounds)));
const warmupSeconds = Number(options.warmup);
const connections = Number(options.connections);
const home = path.resolve(options.home);

/** Targets of issue 5. */
const TARGETS = { p95Ratio: 1.5, whoMetP95Ms: 30, pathP95Ms: 100, serviceRssMb: 300 };

const say = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1).padStart(7) : '      -');
const verdict = (met: boolean) => (met ? 'PASS' : 'MISS');

function conditions(): string {
  const [one, five] = os.loadavg();
  return `load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min)`;
}

/** Asks both sides once, outside the measurement: each must give a real answer, and the same one. */
async function verifyOperation(operation: Operation, service: ServiceProcess, neo4j: BenchNeo4j) {
  const response = await fetch(service.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: operation.document, variables: operation.variables }),
  });
  const referenceBody = await response.text();
  const parsed = JSON.parse(referenceBody) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (response.status !== 200 || parsed.errors || !parsed.data)
    throw new Error(`${operation.name}: GraphQL answered ${response.status} ${referenceBody.slice(0, 500)}`);
  const graphqlAnswer = operation.fromGraphql(parsed.data);
  const { records } = await neo4j.driver.executeQuery(readCypher(operation.cypherName), operation.parameters, { database: neo4j.database });
  const cypherAnswer = operation.fromCypher(records.map((record) => record.toObject()));
  const unmet = operation.requirement(graphqlAnswer) ?? operation.requirement(cypherAnswer);
  if (unmet) throw new Error(`${operation.name}: not a meaningful answer (${unmet})`);
  if (!answersAgree(operation, graphqlAnswer, cypherAnswer)) {
    throw new Error(
      `${operation.name}: GraphQL and plain Cypher disagree:\n graphql ${JSON.stringify(graphqlAnswer).slice(0, 800)}\n cypher  ${JSON.stringify(cypherAnswer).slice(0, 800)}`,
    );
  }
  const cypherRows = records.length;
  return {
    referenceBody,
    summary: operation.summary(graphqlAnswer),
    bytes: Buffer.byteLength(referenceBody),
    /** A body equal to the verified one is right; another must parse, carry no errors and agree. */
    checkBody: (body: string): string | undefined => {
      if (body === referenceBody) return undefined;
      try {
        const other = JSON.parse(body) as { data?: Record<string, unknown>; errors?: Array<{ message?: string }> };
        if (other.errors || !other.data) return `GraphQL error: ${other.errors?.[0]?.message ?? 'no data'}`;
        const answer = operation.fromGraphql(other.data);
        return operation.requirement(answer) ?? (answersAgree(operation, answer, graphqlAnswer) ? undefined : 'a different answer');
      } catch (error) {
        return `unreadable answer: ${(error as Error).message}`;
      }
    },
    checkRecords: (rows: unknown[]): string | undefined =>
      rows.length === cypherRows ? undefined : `${rows.length} rows instead of ${cypherRows}`,
  };
}

async function main(): Promise<number> {
  const started = performance.now();
  say(`Diplograph API benchmark — ${new Date().toISOString()}`);
  say(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}; ${conditions()}`,
  );

  const neo4j = await openBenchNeo4j({ home: path.join(home, 'neo4j'), startupTimeoutMs: 600_000 });
  let service: ServiceProcess | undefined;
  const stopAll = stopOnSignals(async () => {
    await service?.stop();
    await neo4j.stop();
  });
  try {
    say(`database: ${neo4j.description}`);
    const corpus = await ensureCorpusGraph(
      neo4j,
      { count: Number(options.count), seed: Number(options.seed), corpusFolder: path.join(home, 'corpus'), fresh: options.fresh },
      (line) => say(line),
    );
    const size = await graphSize(neo4j.driver, neo4j.database);
    say(
      `graph: ${corpus.count} generated articles (seed ${corpus.seed}, knowledge base ${corpus.knowledgeBaseVersion}, fingerprint ${corpus.fingerprint}): ${size.nodes} nodes, ${size.relationships} relationships`,
    );
    if (options['prepare-only']) return 0;

    const graphReady = performance.now();
    const party = options.party ? { id: options.party, name: options.party } : await wellConnectedPerson(neo4j.driver, neo4j.database);
    const pair = await farApartEntities(neo4j.driver, neo4j.database, 'country:kz', 6);
    const operations = [countryLookup('KZ'), whoMetWhom(party), farPath(pair.from, pair.to, pair.hops)];

    service = await startService(neo4j.connection, { logFile: path.join(home, 'service.log'), logLevel: options['log-level'] });
    const memoryAtStart = service.memory();
    say(
      `service: ${service.command} (pid ${service.pid}) at ${service.graphqlUrl}, LOG_LEVEL=${options['log-level']}, log in ${service.logFile}; RSS after start ${memoryAtStart.rssMb.toFixed(0)} MB`,
    );
    say(
      `load: ${connections} concurrent clients per side, ${warmupSeconds} s warm-up (not counted) + ${seconds} s measured per operation and side, in ${rounds} alternating slices of ${(seconds / rounds).toFixed(1)} s; GraphQL by autocannon (keep-alive HTTP/1.1), plain Cypher by ${connections} async workers on one neo4j-driver, each an auto-commit read transaction, as the service runs its reads`,
    );
    say('');

    const results: Array<{
      operation: Operation;
      graphql: RunFigures;
      cypher: RunFigures;
      cpu: { graphql: CpuSpent; cypher: CpuSpent };
      note: string;
    }> = [];
    let peakSampledRss = memoryAtStart.rssMb;
    for (const operation of operations) {
      const checks = await verifyOperation(operation, service, neo4j);
      const note = `${checks.summary}, ${(checks.bytes / 1024).toFixed(1)} KB per GraphQL answer`;
      say(`${operation.name}: ${operation.description} — ${note}; both sides agree`);
      const graphqlRun = (runSeconds: number) =>
        runGraphql({
          url: service!.graphqlUrl,
          document: operation.document,
          variables: operation.variables,
          connections,
          seconds: runSeconds,
          check: checks.checkBody,
        });
      const cypherRun = (runSeconds: number) =>
        runCypher({
          driver: neo4j.driver,
          database: neo4j.database,
          query: readCypher(operation.cypherName),
          parameters: operation.parameters,
          workers: connections,
          seconds: runSeconds,
          check: checks.checkRecords,
        });

      const sampler = setInterval(() => {
        peakSampledRss = Math.max(peakSampledRss, service!.memory().rssMb);
      }, 200);
      const graphqlSamples: RunSample[] = [];
      const cypherSamples: RunSample[] = [];
      const cpu = { graphql: NO_CPU, cypher: NO_CPU };
      const processes = { service: service.pid, ...(neo4j.pid === undefined ? {} : { neo4j: neo4j.pid }) };
      try {
        if (warmupSeconds > 0) {
          await graphqlRun(warmupSeconds);
          await cypherRun(warmupSeconds);
        }
        // Alternating slices: a change in what else the machine runs hits both sides alike.
        for (let round = 0; round < rounds; round += 1) {
          let spent = startCpuMeter(processes);
          graphqlSamples.push(await graphqlRun(seconds / rounds));
          cpu.graphql = addCpu(cpu.graphql, spent());
          spent = startCpuMeter({ ...processes, service: undefined });
          cypherSamples.push(await cypherRun(seconds / rounds));
          cpu.cypher = addCpu(cpu.cypher, spent());
        }
      } finally {
        clearInterval(sampler);
      }
      results.push({ operation, graphql: summarize(graphqlSamples), cypher: summarize(cypherSamples), cpu, note });
    }
    const memory = service.memory();
    await service.stop();
    service = undefined;

    say('');
    say(`operation          side        answers   req/s     p50 ms   p95 ms   p99 ms  errors`);
    const row = (label: string, side: string, figures: RunFigures) =>
      say(
        `${label.padEnd(18)} ${side.padEnd(10)} ${String(figures.ok).padStart(8)} ${figures.requestsPerSecond.toFixed(1).padStart(7)}  ${ms(figures.p50)}  ${ms(figures.p95)}  ${ms(figures.p99)}  ${String(figures.errors).padStart(6)}`,
      );
    for (const { operation, graphql, cypher } of results) {
      row(operation.name, 'GraphQL', graphql);
      row('', 'Cypher', cypher);
    }

    say('');
    say(
      'CPU per answer, ms (where the 2 cores went: the service; Neo4j; this process, which is the load generator and on the plain side the driver):',
    );
    say(`operation          side        service    Neo4j    bench    total`);
    const cpuRow = (label: string, side: string, spent: CpuSpent, answers: number) => {
      const each = (value: number) => (Number.isFinite(value) ? (value / answers).toFixed(3).padStart(8) : '       -');
      const total = spent.serviceMs + (Number.isFinite(spent.neo4jMs) ? spent.neo4jMs : 0) + spent.benchMs;
      say(`${label.padEnd(18)} ${side.padEnd(10)} ${each(spent.serviceMs)} ${each(spent.neo4jMs)} ${each(spent.benchMs)} ${each(total)}`);
    };
    for (const { operation, graphql, cypher, cpu } of results) {
      cpuRow(operation.name, 'GraphQL', cpu.graphql, graphql.ok + graphql.errors);
      cpuRow('', 'Cypher', cpu.cypher, cypher.ok + cypher.errors);
    }
    if (neo4j.pid === undefined) say('(Neo4j: - when the benchmark did not start it, as with NEO4J_TEST_URI.)');

    say('');
    say('targets:');
    let errors = 0;
    for (const { operation, graphql, cypher } of results) {
      errors += graphql.errors + cypher.errors;
      for (const sample of [
        ...graphql.errorSamples.map((text) => `GraphQL: ${text}`),
        ...cypher.errorSamples.map((text) => `Cypher: ${text}`),
      ]) {
        say(`  ! ${operation.name} ${sample}`);
      }
      const ratio = graphql.p95 / cypher.p95;
      say(
        `  ${verdict(ratio <= TARGETS.p95Ratio)}  ${operation.name}: GraphQL p95 / plain Cypher p95 = ${graphql.p95.toFixed(1)} / ${cypher.p95.toFixed(1)} ms = ${ratio.toFixed(2)}x (target at most ${TARGETS.p95Ratio}x)`,
      );
      if (operation.name === 'who-met-whom') {
        say(
          `  ${verdict(graphql.p95 < TARGETS.whoMetP95Ms)}  who-met-whom GraphQL p95 ${graphql.p95.toFixed(1)} ms (target under ${TARGETS.whoMetP95Ms} ms)`,
        );
      }
      if (operation.name.startsWith('path')) {
        const sixHops = pair.hops === 6;
        say(
          `  ${sixHops ? verdict(graphql.p95 < TARGETS.pathP95Ms) : 'MISS'}  path GraphQL p95 ${graphql.p95.toFixed(1)} ms (target under ${TARGETS.pathP95Ms} ms for 6 hops${sixHops ? '' : `; the farthest entities found are only ${pair.farthest} hops apart`})`,
        );
      }
    }
    const peakRss = Math.max(memory.peakRssMb, peakSampledRss);
    say(
      `  ${verdict(peakRss < TARGETS.serviceRssMb)}  service peak RSS ${peakRss.toFixed(0)} MB (kernel high-water mark VmHWM; ${memory.rssMb.toFixed(0)} MB at the end; target under ${TARGETS.serviceRssMb} MB)`,
    );
    say('');
    say(
      `after the run: ${conditions()}; measuring took ${((performance.now() - graphReady) / 1000).toFixed(0)} s, the whole run ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    if (errors > 0) {
      say(`${errors} requests failed or answered wrongly: the figures above are not a valid measurement`);
      return 1;
    }
    return 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench:api: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
