import neo4j, { type Driver } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';

/**
 * Runs the named read queries of cypher/ in read transactions (on a cluster they go to secondaries),
 * each with a transaction timeout so that a runaway query is ended by Neo4j itself, not just abandoned.
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
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.executeRead((tx) => tx.run(readCypher(name), parameters), { timeout: options.timeoutMs });
        return result.records.map((record) => record.toObject() as Row);
      } finally {
        await session.close();
      }
    },
  };
}
