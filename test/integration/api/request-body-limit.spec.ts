import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { openTestDatabase } from '../../support/test-database.ts';

const LIMIT = 2000;

/** POSTs `body` in chunks, either with its Content-Length or chunked (no length declared). */
function post(url: string, body: string, options: { declareLength: boolean }): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.declareLength) headers['content-length'] = String(Buffer.byteLength(body));
    const call = request(url, { method: 'POST', headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
    });
    call.on('error', reject);
    for (let start = 0; start < body.length; start += 500) call.write(body.slice(start, start + 500));
    call.end();
  });
}

/** A query whose body is about `bytes` long: padded with a comment, which GraphQL ignores. */
const queryOfSize = (bytes: number) => JSON.stringify({ query: `{ __typename } #${'x'.repeat(Math.max(0, bytes - 40))}` });

describe('request body limit', () => {
  let driver: Driver;
  let api: RunningApiServer;

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    api = await startApiServer({
      driver,
      database: test.database,
      logger: silentLogger,
      host: '127.0.0.1',
      port: await findFreePort(),
      maxRequestBodyBytes: LIMIT,
    });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('answers bodies within the limit, with or without a declared length', async () => {
    const declared = await post(api.url, queryOfSize(LIMIT - 100), { declareLength: true });
    const chunked = await post(api.url, queryOfSize(LIMIT - 100), { declareLength: false });

    expect(declared).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    expect(chunked).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('refuses with 413 a body whose declared length is over the limit, saying what to do', async () => {
    const { status, body } = await post(api.url, queryOfSize(LIMIT + 100), { declareLength: true });

    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(body.errors[0].message).toMatch(/larger than .* MB, the most this server accepts\. Send less/);
  });

  it('refuses with 413 a chunked body that grows over the limit', async () => {
    const { status, body } = await post(api.url, queryOfSize(LIMIT * 3), { declareLength: false });

    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });
});
