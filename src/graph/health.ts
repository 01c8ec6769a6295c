import neo4j, { type Driver } from 'neo4j-driver';
import { readCypher } from './cypher-files.ts';

export interface DatabaseHealth {
  reachable: boolean;
  version?: string;
  edition?: string;
  schemaVersion?: number;
  latencyMs?: number;
  error?: string;
}

/**
 * Asks Neo4j who it is and which schema version it holds; never throws, a failure is reported.
 * Auto-commit queries, not managed transactions: a health probe must fail fast, not retry for 30 s.
 */
export async function checkDatabaseHealth(driver: Driver, database: string): Promise<DatabaseHealth> {
  const started = performance.now();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const components = await session.run(readCypher('health/server-components'));
    const schema = await session.run(readCypher('health/schema-version'));
    const component = components.records[0];
    const schemaVersion = schema.records[0]?.get('schemaVersion') as number | null | undefined;
    return {
      reachable: true,
      version: component?.get('version') as string | undefined,
      edition: component?.get('edition') as string | undefined,
      ...(typeof schemaVersion === 'number' ? { schemaVersion } : {}),
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
    };
  } catch (error) {
    return { reachable: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await session.close();
  }
}
