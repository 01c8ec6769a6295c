import neo4j, { type Driver } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';
import { withDeadline } from '../database-unavailable.ts';
import { DEFAULT_FIRST_RETRY_DELAY_MS, withReadRetries } from './read-retries.ts';

/**
 * Runs the named read queries of cypher/ in read transactions (on a cluster they go to secondaries),
 * each with a transaction timeout so that a runaway query is ended by Neo4j itself, not just abandoned.
 *
 * Each read is an auto-commit transaction in read mode: one exchange with Neo4j (RUN and PULL) where a
 * managed transaction (the driver's executeRead) takes more (BEGIN, RUN and PULL, COMMIT). Issue 18 asked
 * for the driver's own retrying functions instead of read-retries.ts; `bench:api` measured both on the
 * same graph (2026-12-06, two runs against three): with executeRead the GraphQL/plain p95 ratio rose
 * from 2.2–2.8 to 3.6–4.0 for a lookup, 2.3–2.4 to 2.8 for who-met-whom and 1.9–2.0 to 2.4–2.8 for a
 * path, so the auto-commit read stays, and read-retries.ts gives what the managed transaction gave
 * besides, retries on transient errors, within the query timeout.
 */
export interface GraphReader {
  read<Row>(name: string, parameters?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * How long after Neo4j's own transaction timeout the client gives up on a read it has had no answer to.
 * Neo4j looks for timed-out transactions every 2 s (db.transaction.monitor.check.interval), so a live
 * server may end a slow query up to 2 s after its timeout; the grace covers that and a busy machine.
 */
export const CLIENT_DEADLINE_GRACE_MS = 3000;

export interface GraphReaderOptions {
  timeoutMs: number;
  /** Called once per query sent; tests count round trips with it. */
  onQuery?: (name: string) => void;
}

export function createGraphReader(driver: Driver, database: string, options: GraphReaderOptions): GraphReader {
  return {
    async read<Row>(name: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
      options.onQuery?.(name);
      const query = readCypher(name);
      // A deadline of our own: Neo4j enforces the transaction timeout only while it runs, not while paused.
      // It falls a little after Neo4j's, so a live Neo4j ends a slow query itself (and says so) first.
      const result = await withDeadline(
        withReadRetries(
          async () => {
            const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
            try {
              return await session.run(query, parameters, { timeout: options.timeoutMs });
            } finally {
              await session.close();
            }
          },
          { budgetMs: options.timeoutMs, firstDelayMs: DEFAULT_FIRST_RETRY_DELAY_MS },
        ),
        options.timeoutMs + CLIENT_DEADLINE_GRACE_MS,
        `the read ${name}`,
      );
      return result.records.map((record) => record.toObject() as Row);
    },
  };
}
