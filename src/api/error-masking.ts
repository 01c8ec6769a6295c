import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { isDatabaseUnavailable } from '../graph/database-unavailable.ts';
import { isQueryTimeout } from '../graph/query-timeout.ts';
import type { Logger } from '../log/logger.ts';

/**
 * What a client sees of an error: never internals (stack traces, Cypher); the log keeps the real cause.
 * Neo4j down and a read stopped at its time limit are the client's to know, each with what to do.
 */
export function apiErrorMasker(logger: Logger, queryTimeoutMs: number) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    const cause = original instanceof Error ? original.message : String(original);
    if (isDatabaseUnavailable(original)) {
      logger.warn('Neo4j unavailable', { error: cause });
      return new GraphQLError(
        'Neo4j, the graph database, is not answering, so this request could not be answered. Try again shortly; GET /ready says when Neo4j answers again.',
        { extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } } },
      );
    }
    if (isQueryTimeout(original)) {
      logger.warn('query stopped at its time limit', { error: cause });
      return new GraphQLError(
        `Neo4j stopped this request's read after ${queryTimeoutMs / 1000} s (API_QUERY_TIMEOUT_SECONDS). Ask for less (a smaller first:, fewer nested lists) or try again; a database that has just started answers slowly at first.`,
        { extensions: { code: 'QUERY_TIMEOUT', http: { status: 503 } } },
      );
    }
    if (!(original instanceof GraphQLError)) logger.error('unexpected error while resolving', { error: cause });
    return maskError(error, message, isDev);
  };
}
