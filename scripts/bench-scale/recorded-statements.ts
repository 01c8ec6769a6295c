import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { createApi } from '../../src/api/server.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { profiledStatement } from '../../test/support/profiling-reader.ts';

/** One Cypher statement the API sent, exactly as sent, and how many rows it answered. */
export interface RecordedStatement {
  query: string;
  parameters: Record<string, unknown>;
  rows: number;
}

/**
 * The statements one GraphQL request sends, in waves: the statements of a wave were in flight together
 * (DataLoader batches, sibling fields), and a wave starts once the one before has answered. Replaying the
 * waves through the bare driver is "the raw driver on the same Cypher" the issue compares against.
 */
export type RecordedRequest = RecordedStatement[][];

/** Wraps a driver so that every session.run is written down, with the wave it belongs to. */
function recordingDriver(driver: Driver, waves: RecordedRequest): Driver {
  let inFlight = 0;
  const recordingSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        if (property === 'run') {
          return (query: string, parameters: Record<string, unknown>, config?: unknown) => {
            if (inFlight === 0 || waves.length === 0) waves.push([]);
            const statement: RecordedStatement = { query, parameters, rows: 0 };
            waves.at(-1)!.push(statement);
            inFlight += 1;
            const result = target.run(query, parameters, config as never);
            result.then(
              (answered) => {
                statement.rows = answered.records.length;
                inFlight -= 1;
              },
              () => {
                inFlight -= 1;
              },
            );
            return result;
          };
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'session') return (config: Parameters<Driver['session']>[0]) => recordingSession(target.session(config));
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Runs one GraphQL request through the API in this process (the same schema, resolvers, loaders and
 * plugins as the service) and returns the statements it sent. Throws when the answer carries errors.
 */
export async function recordRequest(
  neo4jTarget: { driver: Driver; database: string },
  request: { document: string; variables: Record<string, unknown> },
): Promise<RecordedRequest> {
  const waves: RecordedRequest = [];
  const api = createApi({
    driver: recordingDriver(neo4jTarget.driver, waves),
    database: neo4jTarget.database,
    logger: silentLogger,
    access: { publicQueries: true, apiKey: undefined },
  });
  const response = await api.fetch('http://bench.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: request.document, variables: request.variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (response.status !== 200 || body.errors || !body.data)
    throw new Error(`the API answered ${response.status}: ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`);
  if (waves.length === 0) throw new Error('the request sent no Cypher (answered from a cache?)');
  return waves;
}

/** Replays a recorded request through the bare driver: each statement an auto-commit read, as the service runs it. */
export async function replayRequest(driver: Driver, database: string, waves: RecordedRequest): Promise<string | undefined> {
  for (const wave of waves) {
    const problems = await Promise.all(
      wave.map(async (statement) => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.run(statement.query, statement.parameters);
          return result.records.length === statement.rows ? undefined : `${result.records.length} rows instead of ${statement.rows}`;
        } finally {
          await session.close();
        }
      }),
    );
    const problem = problems.find((text) => text !== undefined);
    if (problem) return problem;
  }
  return undefined;
}

/** What a recorded request costs Neo4j: the db hits of its statements, each run under PROFILE. */
export async function requestDbHits(neo4jTarget: { driver: Driver; database: string }, waves: RecordedRequest): Promise<number> {
  let dbHits = 0;
  for (const statement of waves.flat()) dbHits += (await profiledStatement(neo4jTarget, statement.query, statement.parameters)).dbHits;
  return dbHits;
}
