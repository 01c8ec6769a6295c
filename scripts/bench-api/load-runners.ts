import autocannon from 'autocannon';
import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';

/** What one side (GraphQL over HTTP, or plain Cypher through the driver) measured for one operation. */
export interface RunFigures {
  /** Answers that were checked and right. */
  ok: number;
  /** Failed requests: transport errors, timeouts, non-2xx statuses, GraphQL errors or wrong answers. */
  errors: number;
  /** The first few error descriptions, to show. */
  errorSamples: string[];
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** What one slice of measuring collected: latencies (ms) of the right answers, and the failures. */
export interface RunSample {
  latencies: number[];
  errors: number;
  errorSamples: string[];
  seconds: number;
}

/** Nearest-rank percentiles over every slice of one side of one operation. */
export function summarize(samples: readonly RunSample[]): RunFigures {
  const latencies = samples.flatMap((sample) => sample.latencies);
  const errors = samples.reduce((sum, sample) => sum + sample.errors, 0);
  const errorSamples = [...new Set(samples.flatMap((sample) => sample.errorSamples))].slice(0, 3);
  const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0);
  const sorted = Float64Array.from(latencies).sort();
  const at = (percent: number) =>
    sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((percent / 100) * sorted.length) - 1)]!;
  return {
    ok: sorted.length,
    errors,
    errorSamples,
    seconds,
    requestsPerSecond: sorted.length / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
  };
}

class ErrorLog {
  count = 0;
  samples: string[] = [];
  add(description: string): void {
    this.count += 1;
    if (this.samples.length < 3 && !this.samples.includes(description)) this.samples.push(description);
  }
}

/**
 * POSTs one GraphQL operation from `connections` keep-alive connections for `seconds` with autocannon.
 * Each answer's body goes to `check` (undefined: right; otherwise what is wrong), so errors answered with
 * status 200 count as errors, not as fast answers. Latency: from writing the request to its last byte.
 */
export async function runGraphql(options: {
  url: string;
  document: string;
  variables: Record<string, unknown>;
  connections: number;
  seconds: number;
  check: (body: string) => string | undefined;
}): Promise<RunSample> {
  const latencies: number[] = [];
  const errors = new ErrorLog();
  const body = JSON.stringify({ query: options.document, variables: options.variables });
  // autocannon hands a body to onResponse and then, synchronously in the same call, emits 'response'
  // with the latency: the verdict on the body waits in `verdict` for that event.
  let verdict: string | undefined | null = null;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
        onResponse: (status, responseBody) => {
          verdict = status === 200 ? options.check(responseBody) : `HTTP ${status}: ${responseBody.slice(0, 200)}`;
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    if (verdict === null) errors.add('a response without a body');
    else if (verdict !== undefined) errors.add(verdict);
    else latencies.push(responseTime);
    verdict = null;
  });
  instance.on('reqError', (error: Error) => errors.add(`request error: ${error.message}`));
  const result = await instance;
  return { latencies, errors: errors.count, errorSamples: errors.samples, seconds: result.duration };
}

/**
 * Calls `once` from `workers` concurrent loops for `seconds`; `once` answers undefined when its answer
 * was right, else what was wrong (a throw counts as wrong too). Latency: the whole call.
 */
export async function runLoops(options: { workers: number; seconds: number; once: () => Promise<string | undefined> }): Promise<RunSample> {
  const latencies: number[] = [];
  const errors = new ErrorLog();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const begin = performance.now();
      try {
        const problem = await options.once();
        const elapsed = performance.now() - begin;
        if (problem !== undefined) errors.add(problem);
        else latencies.push(elapsed);
      } catch (error) {
        errors.add(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  return { latencies, errors: errors.count, errorSamples: errors.samples, seconds: (performance.now() - started) / 1000 };
}

/**
 * Runs one Cypher query from `workers` concurrent loops for `seconds`, each an auto-commit read
 * transaction in a session of its own (as the service runs its reads), through one driver. `check` sees
 * the records.
 */
export async function runCypher(options: {
  driver: Driver;
  database: string;
  query: string;
  parameters: Record<string, unknown>;
  workers: number;
  seconds: number;
  check: (records: RecordShape[]) => string | undefined;
}): Promise<RunSample> {
  return runLoops({
    workers: options.workers,
    seconds: options.seconds,
    once: async () => {
      const session = options.driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(options.query, options.parameters);
        return options.check(result.records.map((record) => record.toObject()));
      } finally {
        await session.close();
      }
    },
  });
}
