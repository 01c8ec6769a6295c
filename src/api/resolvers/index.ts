import type { Resolvers } from '../generated/resolvers-types.ts';
import { healthQuery } from './health.ts';

/** Every resolver, typed by the generated Resolvers type so that they cannot drift from the SDL. */
export const resolvers: Resolvers = {
  Query: {
    health: healthQuery,
  },
};
