import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { loadArticles, type ArticleToLoad } from '../../../src/cli/load/load-inputs.ts';
import { LoadSummary } from '../../../src/cli/load/load-summary.ts';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { corpusArticles } from '../../../src/corpus/generate-corpus.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { loadExtractions } from '../../../src/graph/load/load-articles.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { createLogger, silentLogger } from '../../../src/log/logger.ts';
import { deleteAllData, graphSize, nodeIds, openTestDatabase } from '../../support/test-database.ts';

// The loader extracts the next batch while Neo4j writes the one before it (load-inputs.ts): what it
// overlaps and what it must keep, against a real Neo4j.
describe('a load that extracts while it writes', () => {
  let driver: Driver;
  let database: string;
  const knowledge = loadKnowledgeBase();
  const articles = [...corpusArticles({ count: 120, seed: 23, knowledge })];
  const extract = (index: number) =>
    extractArticle({ bytes: Buffer.from(articles[index]!.content, 'utf8'), sourceName: articles[index]!.fileName }, knowledge);

  beforeAll(() => {
    ({ driver, database } = openTestDatabase());
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
  });

  it("starts extracting a batch before the batch ahead of it is written, writes batches in input order, and gives one plain load's graph", async () => {
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
    const events: string[] = [];
    const logger = createLogger('debug', {}, (line) => {
      const entry = JSON.parse(line) as { msg: string; input?: string };
      if (entry.msg === 'batch written') events.push('written');
      if (entry.msg === 'article loaded') events.push(`loaded ${entry.input}`);
    });
    const inputs = articles.map((article, index): ArticleToLoad => ({
      name: article.fileName,
      extraction: () => {
        events.push(`extracting ${article.fileName}`);
        return Promise.resolve(extract(index));
      },
    }));
    const summary = new LoadSummary();
    await loadArticles({ driver, database }, inputs, summary, logger, { articlesPerTransaction: 40 });
    expect(summary.counts).toMatchObject({ new: 120, failed: 0 });

    // Batches of 40: the second batch's first extraction comes before the first batch is written.
    const firstWritten = events.indexOf('written');
    expect(events.indexOf(`extracting ${articles[40]!.fileName}`)).toBeLessThan(firstWritten);
    expect(events.indexOf(`extracting ${articles[40]!.fileName}`)).toBeGreaterThan(events.indexOf(`extracting ${articles[39]!.fileName}`));
    // Every article is reported loaded once, in input order, three batches written.
    expect(events.filter((event) => event.startsWith('loaded '))).toEqual(articles.map((article) => `loaded ${article.fileName}`));
    expect(events.filter((event) => event === 'written')).toHaveLength(3);
    const pipelined = await graphSize(driver, database);

    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
    await loadExtractions(
      driver,
      database,
      articles.map((_article, index) => extract(index)),
      { articlesPerTransaction: 40 },
    );
    expect(pipelined).toEqual(await graphSize(driver, database));
  }, 300_000);

  it('lets the batch being written finish before an unexpected extraction error ends the load, so the summary counts what the graph holds', async () => {
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
    const broken = new Error('extractor bug');
    const inputs = articles.slice(0, 60).map((article, index): ArticleToLoad => ({
      name: article.fileName,
      // The second batch's first article fails while the first batch is being written.
      extraction: () => (index === 40 ? Promise.reject(broken) : Promise.resolve(extract(index))),
    }));
    const summary = new LoadSummary();
    await expect(loadArticles({ driver, database }, inputs, summary, silentLogger, { articlesPerTransaction: 40 })).rejects.toBe(broken);
    expect(summary.counts).toMatchObject({ new: 40, failed: 0 });
    expect(await nodeIds(driver, database, 'Article')).toHaveLength(40);
  }, 300_000);
});
