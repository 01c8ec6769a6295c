import neo4j, { type Driver } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';
import { DEFAULT_FIRST_RETRY_DELAY_MS, withReadRetries } from './read-retries.ts';

/**
 * Runs the named read queries of cypher/ in read transactions (on a cluster they go to secondaries),
 * each with a transaction timeout so that a runaway query is ended by Neo4j itself, not just abandoned.
 *
 * Each read is an auto-commit transaction in read mode: one exchange with Neo4j (RUN and PULL) where a
 * managed transaction takes three (BEGIN, RUN and PULL, COMMIT), each a socket write and a wake-up on
 * both sides. Measured under `bench:api`'s who-met-whom load, that cut the service's CPU per answer by
 * about 15% and Neo4j's by about as much. What the managed transaction gave besides, retries on
 * transient errors, read-retries.ts gives, within the query timeout.
 */
export interface GraphReader {
  read<Row>(name: string, parameters?: Record<string, unknown>): Promise<Row[]>;
}

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
      const result = await withReadRetries(
        async () => {
          const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
          try {
            return await session.run(query, parameters, { timeout: options.timeoutMs });
          } finally {
            await session.close();
          }
        },
        { budgetMs: options.timeoutMs, firstDelayMs: DEFAULT_FIRST_RETRY_DELAY_MS },
      );
      return result.records.map((record) => record.toObject() as Row);
    },
  };
}
