import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { createDriver } from '../../../src/graph/driver.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { readMigrations } from '../../../src/graph/migrations/migration-files.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { openTestDatabase } from '../../support/test-database.ts';

const HEALTH_QUERY = '{ health { status database { reachable version edition schemaVersion latencyMs error } } }';

async function postGraphql(url: string, query: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json() };
}

describe('GraphQL service over HTTP, backed by Neo4j', () => {
  let driver: Driver;
  let api: RunningApiServer;

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    await applyMigrations(driver, test.database, silentLogger);
    api = await startApiServer({ driver, database: test.database, logger: silentLogger, host: '127.0.0.1', port: await findFreePort() });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('answers the health query with the Neo4j version, edition and schema version', async () => {
    const { status, body } = await postGraphql(api.url, HEALTH_QUERY);

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.health.status).toBe('OK');
    expect(body.data.health.database).toMatchObject({ reachable: true, schemaVersion: readMigrations().length, error: null });
    expect(body.data.health.database.version).toMatch(/^5\.26\./);
    expect(['COMMUNITY', 'ENTERPRISE']).toContain(body.data.health.database.edition);
  });

  it('serves GraphiQL to a browser at /graphql', async () => {
    const response = await fetch(api.url, { headers: { accept: 'text/html' } });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Diplograph');
  });

  it('reports liveness at /health and readiness at /ready', async () => {
    const base = api.url.replace('/graphql', '');

    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it("serves the Neo4j Browser style to Browser's origin", async () => {
    const base = api.url.replace('/graphql', '');
    const style = await fetch(`${base}/browser-style.grass`, { headers: { origin: 'http://localhost:7474' } });
    const preflight = await fetch(`${base}/browser-style.grass`, { method: 'OPTIONS', headers: { origin: 'http://localhost:7474' } });

    expect(style.status).toBe(200);
    expect(['*', 'http://localhost:7474']).toContain(style.headers.get('access-control-allow-origin'));
    expect(await style.text()).toContain('node.Country {');
    expect(preflight.status).toBe(204);
  });

  it('answers a query for an unknown field with a validation error and no data', async () => {
    const { status, body } = await postGraphql(api.url, '{ health { nosuchfield } }');

    // GraphQL over HTTP: with an application/json response, validation errors still come with 200.
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/Cannot query field "nosuchfield"/);
  });
});

describe('GraphQL service whose Neo4j does not answer', () => {
  let unreachable: Driver;
  let api: RunningApiServer;

  beforeAll(async () => {
    const deadPort = await findFreePort();
    unreachable = createDriver({ uri: `bolt://127.0.0.1:${deadPort}`, username: 'neo4j', password: 'unused-password', database: 'neo4j' });
    api = await startApiServer({
      driver: unreachable,
      database: 'neo4j',
      logger: silentLogger,
      host: '127.0.0.1',
      port: await findFreePort(),
    });
  });

  afterAll(async () => {
    await api.close();
    await unreachable.close();
  });

  it('is live but not ready', async () => {
    const base = api.url.replace('/graphql', '');

    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(503);
  });

  it('reports the database as unreachable in the health query', async () => {
    const { body } = await postGraphql(api.url, HEALTH_QUERY);

    expect(body.data.health.status).toBe('DEGRADED');
    expect(body.data.health.database.reachable).toBe(false);
    expect(body.data.health.database.error).toEqual(expect.any(String));
  });
});
