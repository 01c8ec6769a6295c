import { checkDatabaseHealth } from '../../graph/health.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { NEO4J_EDITIONS, storedValue } from '../vocabulary/closed-sets.ts';

export const healthQuery: QueryResolvers['health'] = async (_parent, _args, context) => {
  const database = await checkDatabaseHealth(context.driver, context.database);
  return {
    status: database.reachable ? 'OK' : 'DEGRADED',
    database: { ...database, edition: storedValue(NEO4J_EDITIONS, database.edition) ?? null },
  };
};
