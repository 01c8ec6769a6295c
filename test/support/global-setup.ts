import { provideTestNeo4j, type TestNeo4j } from './provide-test-neo4j.ts';
import { publishTestConnection } from './test-neo4j-connection.ts';

declare global {
  var diplographTestNeo4j: TestNeo4j | undefined;
}

/** Starts (or finds) the integration tests' Neo4j once for the whole run. */
export default async function globalSetup(): Promise<void> {
  const neo4j = await provideTestNeo4j();
  globalThis.diplographTestNeo4j = neo4j;
  publishTestConnection(neo4j.connection);
  process.stderr.write(`\nIntegration tests use ${neo4j.description}\n`);
}
