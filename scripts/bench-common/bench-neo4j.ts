import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import { createDriver, verifyCredentials, type Neo4jConnection } from '../../src/graph/driver.ts';
import { startLocalNeo4j } from '../../src/graph/local-neo4j/local-neo4j-server.ts';
import { findFreePort } from '../../src/graph/local-neo4j/port-availability.ts';
import { createLogger } from '../../src/log/logger.ts';

export interface BenchNeo4j {
  /** Where the database is, in words, for the report. */
  description: string;
  connection: Neo4jConnection;
  database: string;
  driver: Driver;
  /** The Neo4j server's process id when the benchmark started it (its memory is not the service's). */
  pid?: number;
  stop(): Promise<void>;
}

const BENCH_PASSWORD = 'diplograph-bench';

/**
 * A database a benchmark may empty and fill, never the user's data (NEO4J_URI is deliberately not used):
 * - NEO4J_TEST_URI (+ NEO4J_TEST_USERNAME / _PASSWORD / _DATABASE) when set, as the integration tests
 *   use it;
 * - else a local Community server through the project's own launcher, on free ports, with its home in
 *   `home` — kept between runs, so that a loaded graph can be reused — or, without `home`, in a temporary
 *   folder removed when it stops. Heap and page cache follow LOCAL_NEO4J_HEAP and LOCAL_NEO4J_PAGECACHE
 *   (default 1g and 512m, as `npm start`).
 */
export async function openBenchNeo4j(options: { home?: string; startupTimeoutMs: number }): Promise<BenchNeo4j> {
  const explicitUri = process.env.NEO4J_TEST_URI;
  if (explicitUri) {
    const connection: Neo4jConnection = {
      uri: explicitUri,
      username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    };
    const driver = createDriver(connection);
    await verifyCredentials(driver);
    return {
      description: `NEO4J_TEST_URI ${explicitUri} (may be emptied)`,
      connection,
      database: connection.database,
      driver,
      stop: () => driver.close(),
    };
  }

  const throwaway = options.home === undefined;
  const home = options.home ?? (await mkdtemp(path.join(os.tmpdir(), 'diplograph-bench-neo4j-')));
  await mkdir(home, { recursive: true });
  const removeHome = () => (throwaway ? rm(home, { recursive: true, force: true }) : Promise.resolve());
  const heap = process.env.LOCAL_NEO4J_HEAP ?? '1g';
  const pageCache = process.env.LOCAL_NEO4J_PAGECACHE ?? '512m';
  const server = await startLocalNeo4j(
    {
      home,
      classpathCacheDir: path.join(PROJECT_ROOT, '.neo4j'),
      boltPort: await findFreePort(),
      httpPort: await findFreePort(),
      heap,
      pageCache,
      username: 'neo4j',
      password: BENCH_PASSWORD,
      database: 'neo4j',
      startupTimeoutMs: options.startupTimeoutMs,
    },
    createLogger('warn'),
  ).catch(async (error: unknown) => {
    await removeHome();
    throw error;
  });
  const driver = createDriver(server.connection);
  const where = throwaway ? `data in ${home} (removed afterwards)` : `home ${home}`;
  return {
    description: `${throwaway ? 'throwaway ' : ''}local Neo4j Community 5.26 (heap ${heap}, page cache ${pageCache}) at ${server.connection.uri}, ${where}`,
    connection: server.connection,
    database: server.connection.database,
    driver,
    pid: server.pid,
    stop: async () => {
      await driver.close();
      await server.stop();
      await removeHome();
    },
  };
}
