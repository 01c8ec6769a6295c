import neo4j, { type Driver } from 'neo4j-driver';
import { readCypher } from './cypher-files.ts';
import { withDeadline } from './database-unavailable.ts';

/** How long a health check waits for Neo4j before reporting it unreachable. */
export const HEALTH_DEADLINE_MS = 1000;

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
export async function checkDatabaseHealth(
  driver: Driver,
  database: string,
  deadlineMs: number = HEALTH_DEADLINE_MS,
): Promise<DatabaseHealth> {
  const started = performance.now();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // A paused or unreachable Neo4j must show within a second, not after the driver's own timeouts.
    const [components, schema] = await withDeadline(
      (async () =>
        [await session.run(readCypher('health/server-components')), await session.run(readCypher('health/schema-version'))] as const)(),
      deadlineMs,
      'the health check',
    );
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
    // Closing waits for the abandoned query; a health answer must not.
    void session.close().catch(() => undefined);
  }
}
