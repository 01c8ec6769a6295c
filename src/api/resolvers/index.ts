import type { Resolvers } from '../generated/resolvers-types.ts';
import { DateScalar, DateTimeScalar } from '../vocabulary/dates.ts';
import { enumResolvers } from '../vocabulary/enum-resolvers.ts';
import { abstractTypeResolvers } from './abstract-types.ts';
import { entityTypeResolvers } from './entity-types.ts';
import { factTypeResolvers } from './fact-types.ts';
import { healthQuery } from './health.ts';
import { listQueryResolvers } from './list-query.ts';
import { mutationResolvers } from './mutation.ts';
import { queryResolvers } from './query.ts';
import { relationshipTypeResolvers } from './relationship-types.ts';

/** Every resolver, typed by the generated Resolvers type so that they cannot drift from the SDL. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  ...enumResolvers,
  ...abstractTypeResolvers,
  ...entityTypeResolvers,
  ...factTypeResolvers,
  ...relationshipTypeResolvers,
  Mutation: mutationResolvers,
  Query: {
    health: healthQuery,
    ...queryResolvers,
    ...listQueryResolvers,
  },
};
