/**
 * The service's own per-request cost, a benchmark (not a test; issue 16): the cheap API classes, where
 * HTTP and GraphQL work is a large share of a request (lookup `country(key: "KZ")`, `paths(maxHops: 6)`),
 * at 1 and 16 clients, the real service (`npm start`'s command, a child process) against the raw driver
 * replaying the very statements the API sent (as bench:scale measures them), in alternating slices.
 *
 *   node scripts/bench-overhead.ts [--base DIR] [--count 4000] [--seconds 12] [--rounds 4] [--warmup 2]
 *                                  [--clients 1,16] [--classes lookup,path] [--home DIR] [--cpu-prof DIR]
 *
 * --base DIR runs a second service from another copy of the project (say, `git archive` of the commit
 * before a change, with node_modules linked) and alternates it too: each round measures the base, the raw
 * driver, this code, the raw driver, so that both API/raw ratios come from the same minutes of a noisy
 * machine. --cpu-prof writes a V8 CPU profile of this code's service (not the base's) into DIR.
 * The graph is bench:api's (<home>, default <tmp>/diplograph-api-bench, loaded there when missing).
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBenchNeo4j } from './bench-common/bench-neo4j.ts';
import { ensureCorpusGraph } from './bench-api/corpus-graph.ts';
import { addCpu, NO_CPU, startCpuMeter, type CpuSpent } from './bench-api/cpu-meter.ts';
import { runGraphql, runLoops, summarize, type RunSample } from './bench-api/load-runners.ts';
import { startService, type ServiceProcess } from './bench-api/service-process.ts';
import { stopOnSignals } from './bench-api/stop-on-signals.ts';
import { apiClasses, chooseSubjects } from './bench-scale/api-classes.ts';
import { recordRequest, replayRequest } from './bench-scale/recorded-statements.ts';

const { values: options } = parseArgs({
  options: {
    base: { type: 'string' },
    count: { type: 'string', default: '4000' },
    seed: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '12' },
    rounds: { type: 'string', default: '4' },
    warmup: { type: 'string', default: '2' },
    clients: { type: 'string', default: '1,16' },
    classes: { type: 'string', default: 'lookup,path' },
    home: { type: 'string', default: path.join(os.tmpdir(), 'diplograph-api-bench') },
    'cpu-prof': { type: 'string' },
  },
  strict: true,
});

const say = (line: string) => process.stdout.write(`${line}\n`);
const home = path.resolve(options.home);
const rounds = Math.max(1, Number(options.rounds));
const slice = Number(options.seconds) / rounds;
const clientCounts = options.clients.split(',').map(Number);
const loadAverage = () => os.loadavg()[0]!.toFixed(2);

interface Side {
  label: string;
  service?: ServiceProcess;
  samples: RunSample[];
  cpu: CpuSpent;
}

/** A body equal to the first answer is right; any other must carry data and no errors. */
async function answerCheck(service: ServiceProcess, document: string, variables: Record<string, unknown>) {
  const response = await fetch(service.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  const reference = await response.text();
  const parsed = JSON.parse(reference) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || parsed.errors || !parsed.data)
    throw new Error(`${service.graphqlUrl} answered ${response.status} ${reference.slice(0, 400)}`);
  return {
    reference,
    check: (body: string) => {
      if (body === reference) return undefined;
      const other = JSON.parse(body) as { data?: unknown; errors?: Array<{ message?: string }> };
      return other.errors || !other.data ? `GraphQL error: ${other.errors?.[0]?.message ?? 'no data'}` : undefined;
    },
  };
}

async function main(): Promise<void> {
  say(`bench overhead — ${new Date().toISOString()}, load average ${loadAverage()}`);
  const neo4j = await openBenchNeo4j({ home: path.join(home, 'neo4j'), startupTimeoutMs: 600_000 });
  const services: ServiceProcess[] = [];
  const stopAll = stopOnSignals(async () => {
    for (const service of services) await service.stop();
    await neo4j.stop();
  });
  try {
    await ensureCorpusGraph(
      neo4j,
      { count: Number(options.count), seed: Number(options.seed), corpusFolder: path.join(home, 'corpus'), fresh: false },
      say,
    );
    const subjects = await chooseSubjects(neo4j.driver, neo4j.database);
    const chosen = new Set(options.classes.split(','));
    const classes = apiClasses(subjects).filter((apiClass) => chosen.has(apiClass.name));
    const start = async (label: string, projectRoot?: string, nodeOptions?: string[]) => {
      const service = await startService(neo4j.connection, {
        logFile: path.join(home, `service-${label}.log`),
        logLevel: 'info',
        ...(projectRoot ? { projectRoot } : {}),
        ...(nodeOptions ? { nodeOptions } : {}),
      });
      services.push(service);
      say(`service ${label}: pid ${service.pid}, ${projectRoot ?? 'this code'}`);
      return service;
    };
    const base = options.base ? await start('base', path.resolve(options.base)) : undefined;
    const profile = options['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options['cpu-prof'])}`] : undefined;
    const current = await start('new', undefined, profile);
    const neo4jPid = neo4j.pid === undefined ? {} : { neo4j: neo4j.pid };

    say(`${slice.toFixed(1)} s slices, ${rounds} rounds, ${options.warmup} s warm-up per side`);
    say('class     clients side   answers   p50 ms   p95 ms   API/raw p95   service CPU ms/answer');
    for (const apiClass of classes) {
      const recorded = await recordRequest(neo4j, apiClass);
      const checks = new Map<ServiceProcess, (body: string) => string | undefined>();
      let reference: string | undefined;
      for (const service of services) {
        const answer = await answerCheck(service, apiClass.document, apiClass.variables);
        if (reference !== undefined && answer.reference !== reference) throw new Error(`${apiClass.name}: the services answer differently`);
        reference = answer.reference;
        checks.set(service, answer.check);
      }
      for (const clients of clientCounts) {
        const api = (service: ServiceProcess, seconds: number) =>
          runGraphql({
            url: service.graphqlUrl,
            document: apiClass.document,
            variables: apiClass.variables,
            connections: clients,
            seconds,
            check: checks.get(service)!,
          });
        const raw = (seconds: number) =>
          runLoops({ workers: clients, seconds, once: () => replayRequest(neo4j.driver, neo4j.database, recorded) });
        const sides: Array<{ api: Side; raw: Side }> = [...(base ? [base] : []), current].map((service) => ({
          api: { label: service === base ? 'base' : 'new', service, samples: [], cpu: NO_CPU },
          raw: { label: 'raw', samples: [], cpu: NO_CPU },
        }));
        for (const side of sides) {
          await api(side.api.service!, Number(options.warmup));
          await raw(Number(options.warmup));
        }
        for (let round = 0; round < rounds; round += 1) {
          for (const side of sides) {
            let spent = startCpuMeter({ service: side.api.service!.pid, ...neo4jPid });
            side.api.samples.push(await api(side.api.service!, slice));
            side.api.cpu = addCpu(side.api.cpu, spent());
            spent = startCpuMeter(neo4jPid);
            side.raw.samples.push(await raw(slice));
            side.raw.cpu = addCpu(side.raw.cpu, spent());
          }
        }
        for (const side of sides) {
          const apiFigures = summarize(side.api.samples);
          const rawFigures = summarize(side.raw.samples);
          const line = (label: string, figures: typeof apiFigures, extra: string) =>
            say(
              `${apiClass.name.padEnd(9)} ${String(clients).padStart(7)} ${label.padEnd(5)} ${String(figures.ok).padStart(8)} ${figures.p50.toFixed(2).padStart(8)} ${figures.p95.toFixed(2).padStart(8)} ${extra}`,
            );
          const errors = apiFigures.errors + rawFigures.errors;
          line(
            side.api.label,
            apiFigures,
            `${(apiFigures.p95 / rawFigures.p95).toFixed(2).padStart(10)}x   ${(side.api.cpu.serviceMs / apiFigures.ok).toFixed(3)}${errors ? `  ${errors} errors: ${[...apiFigures.errorSamples, ...rawFigures.errorSamples].join('; ')}` : ''}`,
          );
          line('raw', rawFigures, '');
        }
      }
    }
    say(`done, load average ${loadAverage()}`);
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench overhead: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
