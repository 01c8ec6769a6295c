import type { Driver } from 'neo4j-driver';
import type { Logger } from '../log/logger.ts';

/** What every resolver receives: the shared driver, the database name, and a logger bound to the request. */
export interface ApiContext {
  driver: Driver;
  database: string;
  logger: Logger;
}
