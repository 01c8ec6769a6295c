import type { BenchNeo4j } from '../bench-common/bench-neo4j.ts';
import { runGraphql, runLoops, summarize, type RunFigures, type RunSample } from '../bench-api/load-runners.ts';
import type { ServiceProcess } from '../bench-api/service-process.ts';
import type { ApiClass } from './api-classes.ts';
import { recordRequest, replayRequest, requestDbHits } from './recorded-statements.ts';

/** One side's figures at one number of clients, with its slowest answer. */
export type SideFigures = Omit<RunFigures, 'errorSamples'> & { errorSamples: string[]; max: number };

export interface ClassFigures {
  name: string;
  description: string;
  /** Cypher statements the request sends, and the db hits they cost by PROFILE. */
  statements: number;
  dbHits: number;
  byClients: Array<{ clients: number; api: SideFigures; raw: SideFigures }>;
}

function figures(samples: readonly RunSample[]): SideFigures {
  const max = samples.reduce((most, sample) => sample.latencies.reduce((m, value) => (value > m ? value : m), most), 0);
  return { ...summarize(samples), max };
}

/** Asks the service once: a body with data and no errors is the answer later ones are held to. */
async function referenceAnswer(service: ServiceProcess, apiClass: ApiClass): Promise<(body: string) => string | undefined> {
  const response = await fetch(service.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: apiClass.document, variables: apiClass.variables }),
  });
  const reference = await response.text();
  const parsed = JSON.parse(reference) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || parsed.errors || !parsed.data)
    throw new Error(`${apiClass.name}: the service answered ${response.status} ${reference.slice(0, 400)}`);
  return (body) => {
    if (body === reference) return undefined;
    const other = JSON.parse(body) as { data?: unknown; errors?: Array<{ message?: string }> };
    return other.errors || !other.data ? `GraphQL error: ${other.errors?.[0]?.message ?? 'no data'}` : undefined;
  };
}

/**
 * One API class at each number of clients: the service over HTTP (autocannon) against the raw driver
 * replaying the statements the API sends for the same request, warmed up, then in alternating slices.
 */
export async function measureClass(options: {
  apiClass: ApiClass;
  neo4j: BenchNeo4j;
  service: ServiceProcess;
  clientCounts: readonly number[];
  seconds: number;
  warmup: number;
  rounds: number;
}): Promise<ClassFigures> {
  const { apiClass, neo4j, service } = options;
  const recorded = await recordRequest(neo4j, apiClass);
  const dbHits = await requestDbHits(neo4j, recorded);
  const check = await referenceAnswer(service, apiClass);
  const api = (clients: number, seconds: number) =>
    runGraphql({
      url: service.graphqlUrl,
      document: apiClass.document,
      variables: apiClass.variables,
      connections: clients,
      seconds,
      check,
    });
  const raw = (clients: number, seconds: number) =>
    runLoops({ workers: clients, seconds, once: () => replayRequest(neo4j.driver, neo4j.database, recorded) });

  const byClients: ClassFigures['byClients'] = [];
  for (const clients of options.clientCounts) {
    if (options.warmup > 0) {
      await api(clients, options.warmup);
      await raw(clients, options.warmup);
    }
    const apiSamples: RunSample[] = [];
    const rawSamples: RunSample[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      apiSamples.push(await api(clients, options.seconds / options.rounds));
      rawSamples.push(await raw(clients, options.seconds / options.rounds));
      if (service.exited()) break;
    }
    byClients.push({ clients, api: figures(apiSamples), raw: figures(rawSamples) });
    if (service.exited()) break;
  }
  return { name: apiClass.name, description: apiClass.description, statements: recorded.flat().length, dbHits, byClients };
}
