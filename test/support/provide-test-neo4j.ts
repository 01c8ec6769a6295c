import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NEO4J_DOCKER_IMAGE } from '../../src/config/config.ts';
import type { Neo4jConnection } from '../../src/graph/driver.ts';
import { startLocalNeo4j } from '../../src/graph/local-neo4j/local-neo4j-server.ts';
import { createLogger } from '../../src/log/logger.ts';
import { throwawayLocalNeo4jOptions } from './local-neo4j-options.ts';

export interface TestNeo4j {
  /** How the database was provided, shown once at the start of the run. */
  description: string;
  connection: Neo4jConnection;
  stop(): Promise<void>;
}

const TEST_PASSWORD = 'diplograph-test';

/**
 * A throwaway Neo4j for the integration tests, never the user's own data:
 * 1. NEO4J_TEST_URI (+ NEO4J_TEST_USERNAME / NEO4J_TEST_PASSWORD / NEO4J_TEST_DATABASE): a database the
 *    tests may empty — for CI services or a cluster. The user's NEO4J_URI is deliberately not used.
 * 2. A Docker engine that answers: testcontainers with the neo4j:5.26-community image.
 * 3. Otherwise a local Community server in a temporary folder on free ports, removed afterwards.
 */
export async function provideTestNeo4j(): Promise<TestNeo4j> {
  const explicitUri = process.env.NEO4J_TEST_URI;
  if (explicitUri) {
    return {
      description: `NEO4J_TEST_URI ${explicitUri}`,
      connection: {
        uri: explicitUri,
        username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
        password: process.env.NEO4J_TEST_PASSWORD ?? '',
        database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
      },
      stop: async () => undefined,
    };
  }
  if (await dockerEngineAnswers()) return startTestContainer();
  return startThrowawayLocalServer();
}

async function dockerEngineAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startTestContainer(): Promise<TestNeo4j> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(NEO4J_DOCKER_IMAGE).withPassword(TEST_PASSWORD).start();
  return {
    description: `testcontainers ${NEO4J_DOCKER_IMAGE} at ${container.getBoltUri()}`,
    connection: { uri: container.getBoltUri(), username: container.getUsername(), password: container.getPassword(), database: 'neo4j' },
    stop: async () => {
      await container.stop();
    },
  };
}

async function startThrowawayLocalServer(): Promise<TestNeo4j> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'diplograph-test-neo4j-'));
  const server = await startLocalNeo4j(
    await throwawayLocalNeo4jOptions(home, { heap: '768m', pageCache: '256m', password: TEST_PASSWORD }),
    createLogger('warn'),
  ).catch(async (error: unknown) => {
    await rm(home, { recursive: true, force: true });
    throw error;
  });
  return {
    description: `local Neo4j Community (no Docker engine, no NEO4J_TEST_URI) at ${server.connection.uri}, data in ${home}`,
    connection: server.connection,
    stop: async () => {
      await server.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}
