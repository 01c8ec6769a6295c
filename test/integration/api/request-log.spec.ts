import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { createLogger } from '../../../src/log/logger.ts';
import { openTestDatabase } from '../../support/test-database.ts';

describe('request logging', () => {
  let driver: Driver;
  let api: RunningApiServer;
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    const logger = createLogger('info', {}, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    api = await startApiServer({ driver, database: test.database, logger, host: '127.0.0.1', port: await findFreePort() });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it("writes one JSON line per request with the caller's request id, and echoes the id", async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-42' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });

    expect(response.headers.get('x-request-id')).toBe('client-42');
    expect(lines.filter((line) => line.requestId === 'client-42')).toEqual([
      expect.objectContaining({
        level: 'info',
        msg: 'request',
        method: 'POST',
        path: '/graphql',
        status: 200,
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('gives a request without an id a fresh one', async () => {
    const response = await fetch(`${api.url.replace('/graphql', '')}/health`);
    const id = response.headers.get('x-request-id');

    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.some((line) => line.requestId === id && line.path === '/health')).toBe(true);
  });
});
