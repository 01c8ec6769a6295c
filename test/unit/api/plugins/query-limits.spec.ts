import { describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { createApi } from '../../../../src/api/server.ts';
import { silentLogger } from '../../../../src/log/logger.ts';

// The refusals come before any resolver, so no database is needed (nor touched: the driver is empty).
const api = createApi({
  driver: {} as Driver,
  database: 'neo4j',
  logger: silentLogger,
  limits: { queryTimeoutMs: 5000, maxDepth: 4, maxCost: 5000, maxAliases: 2, maxTokens: 60 },
});

async function post(query: string, server = api) {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> };
  return { status: response.status, data: body.data, error: body.errors?.[0] };
}

describe('request limits', () => {
  it.each([
    [
      'too deep',
      '{ whoMet(party: "KZ") { edges { node { meetings { place { country { name } } } } } } }',
      'QUERY_TOO_DEEP',
      /depth limit of 4 exceeded.*\(API_MAX_DEPTH\)\. Ask for fewer nested levels/i,
    ],
    [
      'too many aliases',
      '{ a: health { status } b: health { status } c: health { status } }',
      'TOO_MANY_ALIASES',
      /aliases limit of 2 exceeded.*\(API_MAX_ALIASES\)/i,
    ],
    [
      'too long',
      `{ ${'health { status } '.repeat(20)}}`,
      'QUERY_TOO_LONG',
      /token limit of 60 exceeded.*\(API_MAX_TOKENS\)\. Send a shorter query/i,
    ],
  ])(
    'answer a query %s with HTTP 400, a code of its own, the limit and what to do, never "Syntax Error"',
    async (_what, query, code, message) => {
      const answer = await post(query);

      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.error?.extensions.code).toBe(code);
      expect(answer.error?.message).toMatch(message);
      expect(answer.error?.message).not.toMatch(/Syntax Error/);
    },
  );

  it('answers a query with too many directives with TOO_MANY_DIRECTIVES', async () => {
    const roomy = createApi({ driver: {} as Driver, database: 'neo4j', logger: silentLogger });
    const answer = await post(`{ health ${'@include(if: true) '.repeat(31)}{ status } }`, roomy);

    expect(answer.status).toBe(400);
    expect(answer.error?.extensions.code).toBe('TOO_MANY_DIRECTIVES');
    expect(answer.error?.message).toMatch(/Directives limit of 30 exceeded/i);
  });

  it('answers a client that reads plain application/json with 200 and the same error, as GraphQL over HTTP asks', async () => {
    const response = await api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ a: health { status } b: health { status } c: health { status } }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };

    expect(response.status).toBe(200);
    expect(body.errors?.[0]?.extensions.code).toBe('TOO_MANY_ALIASES');
  });

  it('answers a query over the cost limit with QUERY_TOO_COSTLY', async () => {
    const costly = createApi({
      driver: {} as Driver,
      database: 'neo4j',
      logger: silentLogger,
      limits: { queryTimeoutMs: 5000, maxDepth: 12, maxCost: 5, maxAliases: 20, maxTokens: 3000 },
    });
    const response = await costly.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ whoMet(party: "KZ") { edges { node { meetings { place { name } } } } } }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> };

    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(body.errors?.[0]?.message).toMatch(/Cost limit of 5 exceeded.*\(API_MAX_COST\)/i);
  });
});
