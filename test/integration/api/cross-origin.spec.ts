import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ENGLISH_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { deleteAllData, nodeIds, openTestDatabase } from '../../support/test-database.ts';

const API_KEY = 'test-key-0123456789abcdef';
const FOREIGN = 'https://evil.example';
const FRIEND = 'https://analyst.example.org';
const QUERY = JSON.stringify({ query: '{ health { status } }' });

describe('which web pages may call the API', () => {
  let driver: Driver;
  let database: string;
  let closed: RunningApiServer;
  let opened: RunningApiServer;
  let any: RunningApiServer;

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    const common = { driver, database, logger: silentLogger, host: '127.0.0.1' };
    closed = await startApiServer({ ...common, port: await findFreePort(), access: { apiKey: API_KEY } });
    opened = await startApiServer({ ...common, port: await findFreePort(), access: { apiKey: API_KEY, corsOrigins: [FRIEND] } });
    any = await startApiServer({ ...common, port: await findFreePort(), access: { apiKey: API_KEY, corsOrigins: ['*'] } });
  });

  afterAll(async () => {
    await Promise.all([closed.close(), opened.close(), any.close()]);
    await driver.close();
  });

  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
  const postFrom = (url: string, origin: string) =>
    fetch(url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: QUERY });

  it('gives a foreign origin no CORS headers by default, on the preflight and on the answer', async () => {
    for (const response of [await preflight(closed.url, FOREIGN), await postFrom(closed.url, FOREIGN)]) {
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('allows a named origin, without credentials unless asked, and still no other origin', async () => {
    const allowed = await preflight(opened.url, FRIEND);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(FRIEND);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await postFrom(opened.url, FRIEND)).headers.get('access-control-allow-origin')).toBe(FRIEND);

    expect((await postFrom(opened.url, FOREIGN)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows every origin without credentials when API_CORS_ORIGINS is *', async () => {
    const response = await postFrom(any.url, FOREIGN);

    expect(response.headers.get('access-control-allow-origin')).toBe(FOREIGN);
    expect(response.headers.get('vary')).toMatch(/Origin/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded', `query=${encodeURIComponent('mutation { removeArticle(id: "x") { removed } }')}`],
    ['text/plain', 'text/plain', JSON.stringify({ query: '{ health { status } }' })],
    [
      'multipart',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ health { status } }"}\r\n--x--\r\n',
    ],
    ['application/graphql', 'application/graphql', '{ health { status } }'],
  ])('refuses %s POST bodies with 415, executing nothing', async (_kind, contentType, body) => {
    const response = await fetch(closed.url, {
      method: 'POST',
      headers: { origin: FOREIGN, 'content-type': contentType, authorization: `Bearer ${API_KEY}` },
      body,
    });
    const answer = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> };

    expect(response.status).toBe(415);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(answer.errors?.[0]?.message).toMatch(/send Content-Type: application\/json/);
    expect(await nodeIds(driver, database, 'Article')).toEqual([ENGLISH_REPORT.id]);
  });
});
