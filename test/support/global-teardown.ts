/** Stops the integration tests' Neo4j started by global-setup.ts. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.diplographTestNeo4j?.stop();
}
