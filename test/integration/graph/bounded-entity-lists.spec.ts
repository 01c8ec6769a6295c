import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { corpusArticles } from '../../../src/corpus/generate-corpus.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../src/extract/knowledge/load-knowledge.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { loadExtractions } from '../../../src/graph/load/load-articles.ts';
import { readMigrations } from '../../../src/graph/migrations/migration-files.ts';
import { readEventsOfNodes, readMentionSources } from '../../../src/graph/read/batch-reads.ts';
import type { GraphReader } from '../../../src/graph/read/graph-reader.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

const FIRST = 5;

function totalDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

describe("an entity's first sources", () => {
  let driver: Driver;
  let database: string;
  const knowledge = loadKnowledgeBase();

  const loadGenerated = async (count: number, seed: number) => {
    const results = [...corpusArticles({ count, seed, knowledge })].map((article) =>
      extractArticle({ bytes: Buffer.from(article.content, 'utf8'), sourceName: article.fileName }, knowledge),
    );
    await loadExtractions(driver, database, results);
  };
  const degrees = async () =>
    (await driver.executeQuery(readCypher('test/mention-degrees'), {}, { database })).records.map((record) => ({
      id: record.get('id') as string,
      degree: Number(record.get('degree')),
      articles: Number(record.get('articles')),
    }));
  const profiledQuery = async (name: string, parameters: Record<string, unknown>) => {
    const result = await driver.executeQuery(`PROFILE ${readCypher(name)}`, parameters, { database });
    return { dbHits: totalDbHits(result.summary.profile as ProfiledPlan), rows: result.records.map((record) => record.toObject()) };
  };
  /** A reader that profiles every query it sends and adds up their db hits. */
  const profilingReader = () => {
    const spent = { dbHits: 0, queries: [] as string[] };
    const reader: GraphReader = {
      read: async <Row>(name: string, parameters: Record<string, unknown> = {}) => {
        const result = await profiledQuery(name, parameters);
        spent.dbHits += result.dbHits;
        spent.queries.push(name);
        return result.rows as Row[];
      },
    };
    return { reader, spent };
  };
  /** What the service reads for an entity's first sources (the counts, then the way they choose), profiled. */
  const profiled = async (id: string) => {
    const { reader, spent } = profilingReader();
    const sources = (await readMentionSources(reader, [id], FIRST)).get(id) ?? [];
    return { ...spent, sources: sources.length, articleIds: [...new Set(sources.map((source) => source.articleId))] };
  };
  /** What the service reads for an entity's first events, profiled. */
  const profiledEvents = async (id: string) => {
    const { reader, spent } = profilingReader();
    return { ...spent, eventIds: (await readEventsOfNodes(reader, [id], FIRST)).get(id) ?? [] };
  };
  const eventDegrees = async () =>
    (await driver.executeQuery(readCypher('test/event-degrees'), {}, { database })).records.map((record) => ({
      id: record.get('id') as string,
      degree: Number(record.get('degree')),
      events: Number(record.get('events')),
    }));
  const newestEvents = async (id: string) =>
    (await driver.executeQuery(readCypher('test/events-of-node-unbounded'), { id }, { database })).records.map((record) => record.get('id') as string).slice(0, FIRST);
  /** The newest articles naming the entity, as many as `read` took its sources from (an article may give several). */
  const newestArticles = async (id: string, read: { articleIds: string[] }) =>
    (await driver.executeQuery(readCypher('test/mention-sources-unbounded'), { ids: [id] }, { database })).records
      .map((record) => record.get('articleId') as string)
      .slice(0, read.articleIds.length);

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
  });

  it('are the newest articles naming it, read by walking the articles for a much-named entity and by its mentions for a rare one', async () => {
    await loadGenerated(600, 11);
    const all = await degrees();
    const most = all[0]!;
    const rare = all.find((entry) => entry.degree >= 2 && entry.degree <= FIRST + 3)!;

    const mostRead = await profiled(most.id);
    const rareRead = await profiled(rare.id);

    expect(mostRead.queries).toEqual(['api/mention-degrees', 'api/mention-sources-walk']);
    expect(rareRead.queries).toEqual(['api/mention-degrees', 'api/mention-sources-few']);
    expect(mostRead.sources).toBe(FIRST);
    expect(mostRead.articleIds).toEqual(await newestArticles(most.id, mostRead));
    expect(rareRead.sources).toBeGreaterThanOrEqual(Math.min(FIRST, rare.degree));
    expect(rareRead.articleIds).toEqual(await newestArticles(rare.id, rareRead));
  });

  it('of the most-named entity cost about the same in a graph twice as large, and less than reading its mentions', async () => {
    const most = (await degrees())[0]!;
    const before = await profiled(most.id);

    await loadGenerated(600, 12);
    const grown = (await degrees()).find((entry) => entry.id === most.id)!;
    const after = await profiled(most.id);
    const everyMention = await profiledQuery('api/mention-sources-few', { ids: [most.id], first: neo4j.int(FIRST) });

    expect(grown.articles).toBeGreaterThanOrEqual(2 * most.articles - 10);
    expect(grown.degree).toBeGreaterThan(1.5 * most.degree);
    expect(after.sources).toBe(FIRST);
    expect(after.articleIds).toEqual(await newestArticles(most.id, after));
    expect(after.dbHits).toBeLessThan(before.dbHits * 1.5);
    expect(after.dbHits).toBeLessThan(everyMention.dbHits);
  });

  it("events are an entity's newest, walked for the most-involved entity and read from its own for a rare one", async () => {
    const all = await eventDegrees();
    const most = all[0]!;
    const rare = all.find((entry) => entry.degree >= 2 && entry.degree <= FIRST + 3)!;

    const mostRead = await profiledEvents(most.id);
    const rareRead = await profiledEvents(rare.id);

    expect(mostRead.queries).toEqual(['api/event-degrees', 'api/events-of-nodes-walk']);
    expect(rareRead.queries).toEqual(['api/event-degrees', 'api/events-of-nodes-few']);
    expect(mostRead.eventIds).toEqual(await newestEvents(most.id));
    expect(rareRead.eventIds).toEqual(await newestEvents(rare.id));
    const everyEvent = await profiledQuery('api/events-of-nodes-few', { ids: [most.id], first: neo4j.int(FIRST) });
    expect(mostRead.dbHits).toBeLessThan(everyEvent.dbHits);
  });

  it('get their order key in a graph loaded before it existed, from migration 0011, the same the loader gives', async () => {
    const keys = async () =>
      (await driver.executeQuery(readCypher('test/article-newest-first-keys'), {}, { database })).records.map((record) => record.toObject() as { id: string; publishedAt: string | null; key: string | null });
    const loaded = await keys();
    expect(loaded.every(({ id, publishedAt, key }) => key === `${publishedAt ?? '0000-00-00'} ${id}`)).toBe(true);
    await driver.executeQuery(readCypher('test/forget-newest-first-keys'), { labels: ['Article'] }, { database });

    const migration = readMigrations().find((candidate) => candidate.version === 11)!;
    for (const statement of migration.statements) await driver.executeQuery(statement, {}, { database });

    expect(await keys()).toEqual(loaded);
  });

  it('events get their order key in a graph loaded before it existed, from migration 0012, the same the loader gives', async () => {
    const keys = async () =>
      (await driver.executeQuery(readCypher('test/event-newest-first-keys'), {}, { database })).records.map((record) => record.toObject() as { id: string; date: string | null; key: string | null });
    const loaded = await keys();
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every(({ id, date, key }) => key === `${date ?? '0000-00-00'} ${id}`)).toBe(true);
    await driver.executeQuery(readCypher('test/forget-newest-first-keys'), { labels: ['Event'] }, { database });

    const migration = readMigrations().find((candidate) => candidate.version === 12)!;
    for (const statement of migration.statements) await driver.executeQuery(statement, {}, { database });

    expect(await keys()).toEqual(loaded);
  });
});

