import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { readEventsOfNodes, readMentionSources } from '../../../src/graph/read/batch-reads.ts';
import { readEventsPage, type EventsFilter } from '../../../src/graph/read/events-page.ts';
import type { ListOrder, PageCursor } from '../../../src/graph/read/list-queries.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { createProfilingReader, profiledQuery as profiledQueryOf } from '../../support/profiling-reader.ts';
import { loadGeneratedArticles } from '../../support/generated-corpus.ts';
import { deleteAllData, openTestDatabase, runMigration } from '../../support/test-database.ts';

const FIRST = 5;

describe("an entity's first sources", () => {
  let driver: Driver;
  let database: string;
  const knowledge = loadKnowledgeBase();

  const loadGenerated = async (count: number, seed: number) => {
    await loadGeneratedArticles({ driver, database }, { count, seed, knowledge });
  };
  const degrees = async () =>
    (await driver.executeQuery(readCypher('test/mention-degrees'), {}, { database })).records.map((record) => ({
      id: record.get('id') as string,
      degree: Number(record.get('degree')),
      articles: Number(record.get('articles')),
    }));
  const profiledQuery = (name: string, parameters: Record<string, unknown>) => profiledQueryOf({ driver, database }, name, parameters);
  const profilingReader = () => createProfilingReader({ driver, database });
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
    (await driver.executeQuery(readCypher('test/events-of-node-unbounded'), { id }, { database })).records
      .map((record) => record.get('id') as string)
      .slice(0, FIRST);
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

  it('are the newest articles naming it, for a much-named entity and for a rare one, in one index seek', async () => {
    await loadGenerated(600, 11);
    const all = await degrees();
    const most = all[0]!;
    const rare = all.find((entry) => entry.degree >= 2 && entry.degree <= FIRST + 3)!;

    const mostRead = await profiled(most.id);
    const rareRead = await profiled(rare.id);

    expect(mostRead.queries).toEqual(['api/mention-sources']);
    expect(rareRead.queries).toEqual(['api/mention-sources']);
    expect(mostRead.sources).toBe(FIRST);
    expect(mostRead.articleIds).toEqual(await newestArticles(most.id, mostRead));
    expect(rareRead.sources).toBeGreaterThanOrEqual(Math.min(FIRST, rare.degree));
    expect(rareRead.articleIds).toEqual(await newestArticles(rare.id, rareRead));
  });

  it("a country's walked events page looks for its representatives among each walked event's attendees: less read than its own events, on a graph small enough for Neo4j to plan from the country", async () => {
    const country = (await eventDegrees()).find((entry) => entry.id.startsWith('country:'))!;
    const parameters = { ids: [country.id], first: neo4j.int(FIRST) };

    const walked = await profiledQuery('api/events-of-nodes-walk', parameters);
    const own = await profiledQuery('api/events-of-nodes-few', parameters);

    expect((await profiledEvents(country.id)).queries.at(-1)).toBe('api/events-of-nodes-walk');
    expect(walked.rows).toEqual(own.rows);
    // Matched by the country's id instead, the check expanded all its representatives' attendances for
    // each walked event: 2,871 db hits against 677 for the country's own events, when measured (253 now).
    expect(walked.dbHits).toBeLessThan(own.dbHits);
  });

  it('of the most-named entity cost the same in a graph twice as large, far less than reading its mentions', async () => {
    const most = (await degrees())[0]!;
    const before = await profiled(most.id);

    await loadGenerated(600, 12);
    const grown = (await degrees()).find((entry) => entry.id === most.id)!;
    const after = await profiled(most.id);
    const everyMention = await profiledQuery('test/mention-sources-unbounded', { ids: [most.id] });

    expect(grown.articles).toBeGreaterThanOrEqual(2 * most.articles - 10);
    expect(grown.degree).toBeGreaterThan(1.5 * most.degree);
    expect(after.sources).toBe(FIRST);
    expect(after.articleIds).toEqual(await newestArticles(most.id, after));
    // An index seek stopped at the page: the same mentions read, whatever the degree.
    expect(after.dbHits).toBe(before.dbHits);
    expect(after.dbHits * 10).toBeLessThan(everyMention.dbHits);
  });

  it('come from keys that migration 0015 gives a graph loaded before it, the same the loader gives', async () => {
    const keys = async () =>
      (await driver.executeQuery(readCypher('test/mention-order-keys'), {}, { database })).records.map((record) => record.toObject());
    const loaded = await keys();
    expect(loaded.every((row) => row.keyEntity === row.entity && typeof row.newestFirstKey === 'string')).toBe(true);
    await driver.executeQuery(readCypher('test/forget-mention-order-keys'), {}, { database });
    expect((await keys()).every((row) => row.keyEntity === null)).toBe(true);

    await runMigration(driver, database, 15);

    expect(await keys()).toEqual(loaded);
  });

  it("events are an entity's newest, walked for the most-involved entity and read from its own for a rare one", async () => {
    const all = await eventDegrees();
    const most = all[0]!;
    const rare = all.find((entry) => entry.degree >= 2 && entry.degree <= FIRST + 3)!;

    const mostRead = await profiledEvents(most.id);
    const rareRead = await profiledEvents(rare.id);

    // (A country's representatives' attendances are counted in a query between the two, when needed.)
    expect([mostRead.queries[0], mostRead.queries.at(-1)]).toEqual(['api/event-degrees', 'api/events-of-nodes-walk']);
    expect([rareRead.queries[0], rareRead.queries.at(-1)]).toEqual(['api/event-degrees', 'api/events-of-nodes-few']);
    expect(mostRead.eventIds).toEqual(await newestEvents(most.id));
    expect(rareRead.eventIds).toEqual(await newestEvents(rare.id));
    const everyEvent = await profiledQuery('api/events-of-nodes-few', { ids: [most.id], first: neo4j.int(FIRST) });
    expect(mostRead.dbHits).toBeLessThan(everyEvent.dbHits);
  });

  const noFilter: EventsFilter = { from: null, to: null, participant: null, place: null, topic: null, kind: null, status: null };
  /** Every page of events(filter) in `order`, 7 at a time, following the cursors, with what was read. */
  const allPages = async (filter: EventsFilter, order: ListOrder) => {
    const { reader, spent } = profilingReader();
    const ids: string[] = [];
    const firstPageHits: number[] = [];
    let after: PageCursor | null = null;
    for (;;) {
      const page = await readEventsPage(reader, filter, 7, after, order);
      if (firstPageHits.length === 0) firstPageHits.push(spent.dbHits);
      ids.push(...page.items.map((item) => item.id));
      if (!page.hasNextPage) return { ids, spent, firstPageDbHits: firstPageHits[0]!, totalCount: await page.totalCount() };
      after = page.items.at(-1)!;
    }
  };
  const participantEvents = async (participant: string, order: ListOrder, from: string | null = null, to: string | null = null) => {
    const rows = (await driver.executeQuery(readCypher('test/participant-events'), { participant }, { database })).records.map(
      (record) => record.toObject() as { id: string; date: string | null; newestFirstKey: string; oldestFirstKey: string },
    );
    const inRange = rows.filter(
      ({ date }) => (from === null && to === null) || (date !== null && (from === null || date >= from) && (to === null || date <= to)),
    );
    return order === 'NEWEST_FIRST'
      ? inRange
          .map((row) => row.newestFirstKey)
          .sort()
          .reverse()
          .map((key) => key.slice(11))
      : inRange
          .map((row) => row.oldestFirstKey)
          .sort()
          .map((key) => key.slice(11));
  };

  it('events pages of a much-involved and a rarely involved participant give, page after page and in both orders, every one of their events', async () => {
    const all = await eventDegrees();
    const most = all.find((entry) => entry.id.startsWith('country:'))!;
    const rare = all.find((entry) => entry.id.startsWith('person:') && entry.degree >= 8 && entry.degree <= 15)!;
    for (const order of ['NEWEST_FIRST', 'OLDEST_FIRST'] as const) {
      for (const { id } of [most, rare]) {
        const walked = await allPages({ ...noFilter, participant: id }, order);
        expect(walked.ids).toEqual(await participantEvents(id, order));
        expect(walked.totalCount).toBe(walked.ids.length);
      }
    }
    const mostFirstPage = await allPages({ ...noFilter, participant: most.id }, 'NEWEST_FIRST');
    expect(mostFirstPage.spent.queries).toContain('api/events-page-newest');
    expect(mostFirstPage.spent.queries).not.toContain('api/events-page-of-participant');
    const rarePages = await allPages({ ...noFilter, participant: rare.id }, 'OLDEST_FIRST');
    expect(rarePages.spent.queries).toContain('api/events-page-of-participant');
    expect(rarePages.spent.queries).not.toContain('api/events-page-oldest');
  });

  it('events pages keep to the dates asked, in both orders', async () => {
    const most = (await eventDegrees()).find((entry) => entry.id.startsWith('country:'))!;
    for (const order of ['NEWEST_FIRST', 'OLDEST_FIRST'] as const) {
      const walked = await allPages({ ...noFilter, participant: most.id, from: '2021-03-01', to: '2022-06-30' }, order);
      expect(walked.ids.length).toBeGreaterThan(0);
      expect(walked.ids).toEqual(await participantEvents(most.id, order, '2021-03-01', '2022-06-30'));
    }
  });

  it('an events page of the most-involved participant reads less than counting all its events', async () => {
    const most = (await eventDegrees()).find((entry) => entry.id.startsWith('country:'))!;
    const { reader, spent } = profilingReader();
    const page = await readEventsPage(reader, { ...noFilter, participant: most.id }, 5, null, 'NEWEST_FIRST');
    const pageDbHits = spent.dbHits;
    await page.totalCount();

    expect(spent.queries.slice(-2)).toEqual(['api/events-page-newest', 'api/events-count']);
    expect(pageDbHits).toBeLessThan(spent.dbHits - pageDbHits);
  });

  it('get their order key in a graph loaded before it existed, from migration 0011, the same the loader gives', async () => {
    const keys = async () =>
      (await driver.executeQuery(readCypher('test/article-newest-first-keys'), {}, { database })).records.map(
        (record) => record.toObject() as { id: string; publishedAt: string | null; key: string | null },
      );
    const loaded = await keys();
    expect(loaded.every(({ id, publishedAt, key }) => key === `${publishedAt ?? '0000-00-00'} ${id}`)).toBe(true);
    await driver.executeQuery(readCypher('test/forget-newest-first-keys'), { labels: ['Article'] }, { database });

    await runMigration(driver, database, 11);

    expect(await keys()).toEqual(loaded);
  });

  it('events get their order key in a graph loaded before it existed, from migration 0012, the same the loader gives', async () => {
    const keys = async () =>
      (await driver.executeQuery(readCypher('test/event-newest-first-keys'), {}, { database })).records.map(
        (record) => record.toObject() as { id: string; date: string | null; key: string | null },
      );
    const loaded = await keys();
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every(({ id, date, key }) => key === `${date ?? '0000-00-00'} ${id}`)).toBe(true);
    await driver.executeQuery(readCypher('test/forget-newest-first-keys'), { labels: ['Event'] }, { database });

    await runMigration(driver, database, 12);

    expect(await keys()).toEqual(loaded);
  });
});
