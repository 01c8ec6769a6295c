import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_API_LIMITS, startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { createDriver } from '../../../src/graph/driver.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { postGraphqlWithStatus } from '../../support/graphql-client.ts';
import { silentPort } from '../../support/silent-port.ts';

describe.each([
  ['gone (nothing listens on its port)', 'gone'],
  ['paused (it accepts connections and never answers)', 'paused'],
] as const)('the API while Neo4j is %s', (_title, state) => {
  let driver: Driver;
  let api: RunningApiServer;
  let paused: Awaited<ReturnType<typeof silentPort>> | undefined;

  beforeAll(async () => {
    if (state === 'paused') paused = await silentPort();
    const port = paused?.port ?? (await findFreePort());
    driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'unused-password', database: 'neo4j' });
    api = await startApiServer({
      driver,
      database: 'neo4j',
      logger: silentLogger,
      host: '127.0.0.1',
      port: await findFreePort(),
      limits: { ...DEFAULT_API_LIMITS, queryTimeoutMs: 2000 },
    });
  });

  afterAll(async () => {
    await api.close();
    await driver.close().catch(() => undefined);
    await paused?.close();
  });

  it('answers /ready with 503', async () => {
    const response = await fetch(`${api.url.replace(/\/graphql$/, '')}/ready`);
    expect(response.status).toBe(503);
  });

  it('answers a query with DATABASE_UNAVAILABLE and HTTP 503, saying what to do, instead of hanging or "Unexpected error."', async () => {
    const { status, body } = await postGraphqlWithStatus(api.url, '{ country(key: "KZ") { name } }');
    expect(status).toBe(503);
    expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).toMatch(/not answering.*Try again shortly/);
  });
});
