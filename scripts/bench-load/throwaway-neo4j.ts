import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import { readCypher } from '../../src/graph/cypher-files.ts';
import { createDriver, type Neo4jConnection } from '../../src/graph/driver.ts';
import { startLocalNeo4j } from '../../src/graph/local-neo4j/local-neo4j-server.ts';
import { findFreePort } from '../../src/graph/local-neo4j/port-availability.ts';
import { createLogger } from '../../src/log/logger.ts';

export interface BenchNeo4j {
  /** Where the database is, in words, for the report. */
  description: string;
  database: string;
  driver: Driver;
  stop(): Promise<void>;
}

const BENCH_PASSWORD = 'diplograph-bench';

/**
 * A database the benchmark may empty, never the user's data (NEO4J_URI is deliberately not used):
 * NEO4J_TEST_URI if set (as for the integration tests; it gets emptied), else a local Community server
 * started through the project's own launcher in a temporary folder on free ports, removed afterwards.
 * Heap and page cache follow LOCAL_NEO4J_HEAP and LOCAL_NEO4J_PAGECACHE (default 1g and 512m, as `npm start`).
 */
export async function startBenchNeo4j(startupTimeoutMs: number): Promise<BenchNeo4j> {
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
    return { description: `NEO4J_TEST_URI ${explicitUri} (emptied)`, database: connection.database, driver, stop: () => driver.close() };
  }

  const home = await mkdtemp(path.join(os.tmpdir(), 'diplograph-bench-neo4j-'));
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
      startupTimeoutMs,
    },
    createLogger('warn'),
  ).catch(async (error: unknown) => {
    await rm(home, { recursive: true, force: true });
    throw error;
  });
  const driver = createDriver(server.connection);
  return {
    description: `throwaway local Neo4j Community 5.26 (heap ${heap}, page cache ${pageCache}) at ${server.connection.uri}, data in ${home} (removed afterwards)`,
    database: server.connection.database,
    driver,
    stop: async () => {
      await driver.close();
      await server.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** Deletes every node and relationship; the schema stays. */
export async function emptyDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL { } IN TRANSACTIONS needs an implicit transaction, hence session.run.
    await session.run(readCypher('maintenance/delete-all-data'));
  } finally {
    await session.close();
  }
}

/** How many nodes and relationships the graph holds. */
export async function graphSize(driver: Driver, database: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(readCypher('test/count-graph'), {}, { database });
  return records[0]!.toObject() as { nodes: number; relationships: number };
}
