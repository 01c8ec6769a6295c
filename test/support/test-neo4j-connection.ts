import type { Neo4jConnection } from '../../src/graph/driver.ts';

/**
 * The integration tests' database travels from the global setup to the test workers through these
 * variables (workers inherit the environment of the process that ran the setup).
 */
const VARIABLES = {
  uri: 'DIPLOGRAPH_TEST_NEO4J_URI',
  username: 'DIPLOGRAPH_TEST_NEO4J_USERNAME',
  password: 'DIPLOGRAPH_TEST_NEO4J_PASSWORD',
  database: 'DIPLOGRAPH_TEST_NEO4J_DATABASE',
} as const;

export function publishTestConnection(connection: Neo4jConnection): void {
  process.env[VARIABLES.uri] = connection.uri;
  process.env[VARIABLES.username] = connection.username;
  process.env[VARIABLES.password] = connection.password;
  process.env[VARIABLES.database] = connection.database;
}

export function testConnection(): Neo4jConnection {
  const uri = process.env[VARIABLES.uri];
  if (!uri) {
    throw new Error('No test database: integration tests must run through the jest "integration" project (npm run test:integration).');
  }
  return {
    uri,
    username: process.env[VARIABLES.username] ?? 'neo4j',
    password: process.env[VARIABLES.password] ?? '',
    database: process.env[VARIABLES.database] ?? 'neo4j',
  };
}

/** The test database as Diplograph's own settings, for running the CLI against it. */
export function testDatabaseSettings(): Record<string, string> {
  const connection = testConnection();
  return {
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
  };
}
