import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { openTestDatabase } from '../../support/test-database.ts';

async function post(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, length: text.length, body: JSON.parse(text) as { data?: any; errors?: any[] } };
}

describe('string arguments are bounded before any database call', () => {
  let driver: Driver;
  let api: RunningApiServer;
  const queries: string[] = [];

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    await applyMigrations(driver, test.database, silentLogger);
    api = await startApiServer({
      driver,
      database: test.database,
      logger: silentLogger,
      host: '127.0.0.1',
      port: await findFreePort(),
      onQuery: (name) => queries.push(name),
    });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('refuses a 10 MB key with 400 and a short message, sending nothing to Neo4j', async () => {
    queries.length = 0;
    const answer = await post(api.url, {
      query: 'query($k: String!) { country(key: $k) { id } }',
      variables: { k: 'K'.repeat(10 * 1024 * 1024) },
    });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Query.country(key:)' });
    expect(answer.length).toBeLessThan(1000);
    expect(queries).toEqual([]);
  });

  it('quotes at most 80 characters of a key that names nothing', async () => {
    const key = `Nobody${'x'.repeat(900)}`;
    const answer = await post(api.url, {
      query: 'query($p: String!) { whoMet(party: { key: $p }) { totalCount } }',
      variables: { p: key },
    });

    expect(answer.body.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(answer.body.errors?.[0].message).toContain(`"${key.slice(0, 80)}… (906 characters)"`);
    expect(answer.body.errors?.[0].message).not.toContain(key.slice(0, 81));
  });
});
