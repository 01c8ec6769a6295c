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
const REMOVE = `mutation { removeArticle(id: "${ENGLISH_REPORT.id}") { articleId removed nodesDeleted } }`;

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    challenge: response.headers.get('www-authenticate'),
    ...((await response.json()) as { data?: any; errors?: any[] }),
  };
}

describe('API key access', () => {
  let driver: Driver;
  let database: string;
  let open: RunningApiServer;
  let closed: RunningApiServer;
  let keyless: RunningApiServer;
  const articleCount = async () => (await nodeIds(driver, database, 'Article')).length;

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    const common = { driver, database, logger: silentLogger, host: '127.0.0.1' };
    open = await startApiServer({ ...common, port: await findFreePort(), access: { apiKey: API_KEY, publicQueries: true } });
    closed = await startApiServer({ ...common, port: await findFreePort(), access: { apiKey: API_KEY, publicQueries: false } });
    keyless = await startApiServer({ ...common, port: await findFreePort(), access: { apiKey: undefined, publicQueries: true } });
  });

  afterAll(async () => {
    await Promise.all([open.close(), closed.close(), keyless.close()]);
    await driver.close();
  });

  it('refuses a mutation without the key with 401 and a Bearer challenge, changing nothing', async () => {
    const { data, errors, status, challenge } = await post(open.url, REMOVE);

    expect(status).toBe(401);
    expect(challenge).toMatch(/^Bearer /);
    expect(data).toBeUndefined();
    expect(errors?.[0]).toMatchObject({
      message: 'This mutation needs the API key: send "Authorization: Bearer <API_KEY>".',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await articleCount()).toBe(1);
  });

  it('refuses a mutation with a wrong key with 401', async () => {
    const { errors, status } = await post(open.url, REMOVE, { authorization: 'Bearer not-the-key-0123456789' });

    expect(status).toBe(401);
    expect(errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('says mutations are disabled, with 403, when the server has no key', async () => {
    const { errors, status } = await post(keyless.url, REMOVE, { authorization: `Bearer ${API_KEY}` });

    expect(status).toBe(403);
    expect(errors?.[0]).toMatchObject({
      message: 'Mutations are disabled on this server: it has no API_KEY configured. Set API_KEY and restart it to allow them.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('answers public queries without a key, and private ones only with it', async () => {
    const query = '{ article(id: "article:test-ankara-en") { title } }';

    expect((await post(open.url, query)).data.article.title).toMatch(/Tokayev/);
    expect((await post(closed.url, query)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(closed.url, query, { 'x-api-key': API_KEY })).data.article.title).toMatch(/Tokayev/);
  });

  it('removes the article with the key', async () => {
    const { data, errors } = await post(open.url, REMOVE, { authorization: `Bearer ${API_KEY}` });

    expect(errors).toBeUndefined();
    expect(data.removeArticle).toMatchObject({ articleId: ENGLISH_REPORT.id, removed: true });
    expect(data.removeArticle.nodesDeleted).toBeGreaterThan(0);
    expect(await articleCount()).toBe(0);
  });
});
