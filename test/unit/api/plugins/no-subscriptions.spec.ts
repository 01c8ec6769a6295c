import { describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { createApi } from '../../../../src/api/server.ts';
import { silentLogger } from '../../../../src/log/logger.ts';

describe('subscription operations', () => {
  // The refusal comes before any resolver, so no database is needed (nor touched: the driver is empty).
  const api = createApi({ driver: {} as Driver, database: 'neo4j', logger: silentLogger });

  it('are refused with 400 and a code of their own', async () => {
    const response = await api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { health { status } }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> };

    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('SUBSCRIPTIONS_NOT_SUPPORTED');
    expect(body.errors?.[0]?.message).toMatch(/send a query/);
  });
});
