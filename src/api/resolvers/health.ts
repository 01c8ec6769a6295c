import { checkDatabaseHealth } from '../../graph/health.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';

export const healthQuery: QueryResolvers['health'] = async (_parent, _args, context) => {
  const database = await checkDatabaseHealth(context.driver, context.database);
  return { status: database.reachable ? 'OK' : 'DEGRADED', database };
};
