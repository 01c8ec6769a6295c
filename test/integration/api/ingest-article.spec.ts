import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { createLogger, silentLogger } from '../../../src/log/logger.ts';
import { SAMPLES_FOLDER } from '../../support/load-sample-articles.ts';
import { deleteAllData, graphSize, nodeIds, openTestDatabase } from '../../support/test-database.ts';

const API_KEY = 'ingest-test-key-0123456789';
const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    articleId status nodesCreated
    article { title language loadedAt events { date { iso precision } participants { ... on Person { name } } } }
    extraction { language publishedAt { iso } persons events agreements }
  }
}`;
const ASTANA_TALKS = readFileSync(path.join(SAMPLES_FOLDER, '003_7bc6a4095e92f782.txt'), 'utf8');

async function post(url: string, variables: Record<string, unknown>, key?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: INGEST, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

describe('the ingestArticle mutation', () => {
  let driver: Driver;
  let database: string;
  let api: RunningApiServer;

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
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

  it('refuses to ingest without the API key, writing nothing', async () => {
    const before = await graphSize(driver, database);

    const { data, errors } = await post(api.url, { input: { text: ASTANA_TALKS } });

    expect(data).toBeUndefined();
    expect(errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await graphSize(driver, database)).toEqual(before);
  });

  it('extracts and writes an article, answering what it found and the article as now in the graph', async () => {
    const { data, errors } = await post(
      api.url,
      { input: { text: ASTANA_TALKS, sourceName: 'astana-talks.txt', publisher: 'MFA of Kazakhstan' } },
      API_KEY,
    );

    expect(errors).toBeUndefined();
    expect(data.ingestArticle.status).toBe('NEW');
    expect(data.ingestArticle.nodesCreated).toBeGreaterThan(0);
    expect(data.ingestArticle.extraction).toMatchObject({ language: 'en', publishedAt: { iso: '2024-05-22' } });
    expect(data.ingestArticle.extraction.persons.join(' ')).toMatch(/Sergei Aleinik.*Murat Nurtleu/);
    expect(data.ingestArticle.article.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const [meeting] = data.ingestArticle.article.events;
    expect(meeting.date).toEqual({ iso: '2024-05-21', precision: 'DAY' });
    expect(meeting.participants.map((participant: any) => participant.name).sort()).toEqual(['Murat Nurtleu', 'Sergei Aleinik']);
  });

  it('answers UNCHANGED for the same text again and writes nothing', async () => {
    const before = await graphSize(driver, database);

    const { data } = await post(api.url, { input: { text: ASTANA_TALKS, sourceName: 'astana-talks.txt' } }, API_KEY);

    expect(data.ingestArticle).toMatchObject({ status: 'UNCHANGED', nodesCreated: 0 });
    expect(await graphSize(driver, database)).toEqual(before);
  });

  it.each([
    ['empty text', '   \n  '],
    ['binary content', 'PK\u0003\u0004\u0000\u0000\u0000binary\u0000data'],
  ])('answers BAD_USER_INPUT for %s, saying what is wrong, and writes nothing', async (_what, text) => {
    const articles = await nodeIds(driver, database, 'Article');

    const { errors } = await post(api.url, { input: { text } }, API_KEY);

    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message.length).toBeGreaterThan(20);
    expect(await nodeIds(driver, database, 'Article')).toEqual(articles);
  });

  it('answers BAD_USER_INPUT for a navigation-only page, saying what to send, and writes nothing', async () => {
    const articles = await nodeIds(driver, database, 'Article');
    const page =
      '<html><head><title>Home</title><script>track()</script></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>';

    const { errors } = await post(api.url, { input: { text: page, format: 'HTML' } }, API_KEY);

    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(/no article text.*Save the page of one article/);
    expect(await nodeIds(driver, database, 'Article')).toEqual(articles);
  });

  it('keeps answering other requests while it extracts a large repetitive article', async () => {
    const order: string[] = [];
    const logger = createLogger('info', {}, (line) => {
      if (line.includes('"msg":"article extracted"')) order.push('extracted');
    });
    const watched = await startApiServer({
      driver,
      database,
      logger,
      host: '127.0.0.1',
      port: await findFreePort(),
      access: { apiKey: API_KEY },
    });
    const flood = `Kassym-Jomart Tokayev met Recep Tayyip Erdogan in Ankara on 10 May 2022. ${'Tokayev Erdogan Putin Aliyev '.repeat(22_000)}`;
    try {
      const ingest = post(watched.url, { input: { text: flood, sourceName: 'flood.txt' } }, API_KEY);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const health = await fetch(watched.url.replace('/graphql', '/health'));
      order.push('health answered');

      expect(health.status).toBe(200);
      expect((await ingest).errors).toBeUndefined();
      // Extracting in the calling thread, /health waited until the whole article was extracted.
      expect(order).toEqual(['health answered', 'extracted']);
    } finally {
      await watched.close();
    }
  }, 120_000);
});
