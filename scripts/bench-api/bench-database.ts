import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import { createDriver, type Neo4jConnection } from '../../src/graph/driver.ts';
import { startLocalNeo4j } from '../../src/graph/local-neo4j/local-neo4j-server.ts';
import { findFreePort } from '../../src/graph/local-neo4j/port-availability.ts';
import { createLogger } from '../../src/log/logger.ts';

export interface BenchDatabase {
  description: string;
  connection: Neo4jConnection;
  driver: Driver;
  /** The Neo4j server's process id when the benchmark started it. */
  pid?: number;
  stop(): Promise<void>;
}

const BENCH_PASSWORD = 'diplograph-bench';

/**
 * The benchmark's own database, never the user's data:
 * - NEO4J_TEST_URI (+ NEO4J_TEST_USERNAME / _PASSWORD / _DATABASE) when set: a database the benchmark
 *   may empty and fill, as the integration tests use it;
 * - else a local Community server (the project's launcher) on free ports whose home is `home`
 *   (default: <tmp>/diplograph-api-bench/neo4j). The folder is kept between runs, so the graph of
 *   10,000 articles is loaded once; corpus-graph.ts decides whether what it holds can be reused.
 */
export async function openBenchDatabase(home: string): Promise<BenchDatabase> {
  const explicitUri = process.env.NEO4J_TEST_URI;
  if (explicitUri) {
    const connection: Neo4jConnection = {
      uri: explicitUri,
      username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    };
    const driver = createDriver(connection);
    await driver.verifyAuthentication();
    return { description: `NEO4J_TEST_URI ${explicitUri}`, connection, driver, stop: () => driver.close() };
  }

  await mkdir(home, { recursive: true });
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
      startupTimeoutMs: 600_000,
    },
    createLogger('warn'),
  );
  const driver = createDriver(server.connection);
  return {
    description: `local Neo4j Community 5.26 (heap ${heap}, page cache ${pageCache}) at ${server.connection.uri}, home ${home}`,
    connection: server.connection,
    driver,
    pid: server.pid,
    stop: async () => {
      await driver.close();
      await server.stop();
    },
  };
}

/**
 * Runs `stop` once however the script ends (normal end, an error, Ctrl-C or SIGTERM); the local server
 * would die with this process anyway (its control pipe closes), this makes it a clean shutdown.
 */
export function stopOnSignals(stop: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const once = () => (stopping ??= stop());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping the benchmark's service and Neo4j\n`);
      void once().finally(() => process.exit(130));
    });
  }
  return once;
}
