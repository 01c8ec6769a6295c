import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ENGLISH_REPORT, UKRAINIAN_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { deleteAllData, nodeIds, openTestDatabase } from '../../support/test-database.ts';

const API_KEY = 'test-key-0123456789abcdef';

/** One document, two operations: a harmless query and a mutation (the replay of issue 13). */
const MIXED = 'query Q { health { status } } mutation M($id: ID!) { removeArticle(id: $id) { removed } }';

/** Two queries in one document, as GraphiQL's examples are. */
const TWO_QUERIES = `query Article { article(id: "${ENGLISH_REPORT.id}") { id } } query Health { health { status } }`;

interface Answer {
  status: number;
  body: { data?: any; errors?: any[] };
}

async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

async function get(url: string, params: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${url}?${new URLSearchParams(params).toString()}`, { headers: { accept: 'application/json' } });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

describe('the operation executed is the one named, whatever ran before', () => {
  let driver: Driver;
  let database: string;
  let api: RunningApiServer;
  const articles = async () => (await nodeIds(driver, database, 'Article')).sort();

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    await loadExtraction(driver, database, buildExtraction(UKRAINIAN_REPORT));
    api = await startApiServer({
      driver,
      database,
      logger: silentLogger,
      host: '127.0.0.1',
      port: await findFreePort(),
      access: { apiKey: API_KEY, publicQueries: true },
    });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('runs the query, not a mutation a key holder sent in the same document, for a client with no key (POST and GET)', async () => {
    const holder = await post(
      api.url,
      { query: MIXED, operationName: 'M', variables: { id: UKRAINIAN_REPORT.id } },
      { authorization: `Bearer ${API_KEY}` },
    );
    expect(holder.body.data?.removeArticle.removed).toBe(true);
    const before = await articles();
    expect(before).toEqual([ENGLISH_REPORT.id]);

    const overPost = await post(api.url, { query: MIXED, operationName: 'Q', variables: { id: ENGLISH_REPORT.id } });
    const overGet = await get(api.url, { query: MIXED, operationName: 'Q', variables: JSON.stringify({ id: ENGLISH_REPORT.id }) });

    for (const answer of [overPost, overGet]) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toEqual({ health: { status: expect.any(String) } });
    }
    expect(await articles()).toEqual(before);
  });

  it('refuses the mutation of that document to a client with no key, changing nothing', async () => {
    const answer = await post(api.url, { query: MIXED, operationName: 'M', variables: { id: ENGLISH_REPORT.id } });

    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await articles()).toEqual([ENGLISH_REPORT.id]);
  });

  it.each([
    ['Article first', ['Article', 'Health', 'Article']],
    ['Health first', ['Health', 'Article', 'Health']],
  ])('answers each operation of a two-query document with its own data (%s)', async (order, names) => {
    const expected: Record<string, unknown> = {
      Article: { article: { id: ENGLISH_REPORT.id } },
      Health: { health: { status: expect.any(String) } },
    };
    for (const name of names) {
      // A document of its own per order (the comment differs), so nothing was compiled for it before.
      const answer = await post(api.url, { query: `${TWO_QUERIES} # ${order}`, operationName: name });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toEqual(expected[name]);
    }
  });
});
