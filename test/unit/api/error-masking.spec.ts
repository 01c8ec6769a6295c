import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { apiErrorMasker } from '../../../src/api/error-masking.ts';
import { silentLogger } from '../../../src/log/logger.ts';

const mask = apiErrorMasker(silentLogger, 10_000);
const raised = (cause: Error) => new GraphQLError(cause.message, { originalError: cause });
const codeOf = (error: Error) => (error as GraphQLError).extensions.code;

describe('what a client sees of an error', () => {
  it('says QUERY_TIMEOUT with the limit and what to do when Neo4j ends a read at its time limit, not "Unexpected error."', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Transaction.TransactionTimedOut',
    ]) {
      const shown = mask(raised(new Neo4jError('The transaction has been terminated.', code, '', '')), 'Unexpected error.');
      expect(codeOf(shown)).toBe('QUERY_TIMEOUT');
      expect(shown.message).toContain('after 10 s (API_QUERY_TIMEOUT_SECONDS)');
    }
  });

  it('says DATABASE_UNAVAILABLE when Neo4j does not answer', () => {
    expect(codeOf(mask(raised(new Neo4jError('no route', 'ServiceUnavailable', '', '')), 'Unexpected error.'))).toBe(
      'DATABASE_UNAVAILABLE',
    );
  });

  it('masks any other failure as "Unexpected error." without its message', () => {
    const shown = mask(raised(new Error('MATCH (secret) RETURN secret failed')), 'Unexpected error.');
    expect(shown.message).toBe('Unexpected error.');
    expect(shown.message).not.toContain('secret');
  });
});
