import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { corpusArticles } from '../../../src/corpus/generate-corpus.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { loadExtractions } from '../../../src/graph/load/load-articles.ts';
import { LIST_QUERIES, readPage, type ListName, type ListOrder, type PageCursor } from '../../../src/graph/read/list-queries.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { createProfilingReader } from '../../support/profiling-reader.ts';
import { deleteAllData, openTestDatabase, runMigration } from '../../support/test-database.ts';

interface KeyedItem {
  id: string;
  date: string | null;
  language?: string;
  newestFirstKey: string | null;
  oldestFirstKey: string | null;
  entities: string[];
}

const ORDERS: readonly ListOrder[] = ['NEWEST_FIRST', 'OLDEST_FIRST'];

// The articles and agreements lists page in Cypher on their order keys (issue 16 item 1): every page
// after the cursor of the last, in either order, filtered or not, walked on the index or read from an
// entity's own items, gives the list a plain sort of every item gives.
describe('articles and agreements lists read by the page', () => {
  let driver: Driver;
  let database: string;

  const profilingReader = () => createProfilingReader({ driver, database });

  /** Every page of the list, `pageSize` at a time, following the cursors, with what was read. */
  const allPages = async (list: ListName, filter: Record<string, string | null>, order: ListOrder, pageSize = 7) => {
    const { reader, spent } = profilingReader();
    const ids: string[] = [];
    let after: PageCursor | null = null;
    for (;;) {
      const page = await readPage(reader, list, filter, pageSize, after, order);
      ids.push(...page.items.map((item) => item.id));
      if (!page.hasNextPage) return { ids, spent, totalCount: await page.totalCount() };
      after = page.items.at(-1)!;
    }
  };

  const stored = async (list: ListName): Promise<KeyedItem[]> =>
    (
      await driver.executeQuery(readCypher(list === 'articles' ? 'test/article-order-keys' : 'test/agreement-order-keys'), {}, { database })
    ).records.map((record) => record.toObject() as KeyedItem);

  /** The list as a plain sort of every stored item gives it: undated last, one day's items by id (descending newest first). */
  const expected = (items: KeyedItem[], order: ListOrder, keep: (item: KeyedItem) => boolean = () => true) => {
    const keyOf = (item: KeyedItem) => (order === 'OLDEST_FIRST' ? item.oldestFirstKey : item.newestFirstKey) ?? '';
    const sorted = items.filter(keep).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    return (order === 'OLDEST_FIRST' ? sorted : sorted.reverse()).map((item) => item.id);
  };

  /** The entity in most items and one in a few (between 2 and 6). */
  const mostAndRare = (items: KeyedItem[]) => {
    const counts = new Map<string, number>();
    for (const item of items) for (const id of new Set(item.entities)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return { most: ranked[0]![0], rare: ranked.find(([, count]) => count >= 2 && count <= 6)![0] };
  };

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
    const knowledge = loadKnowledgeBase();
    const results = [...corpusArticles({ count: 400, seed: 16, knowledge })].map((article) =>
      extractArticle({ bytes: Buffer.from(article.content, 'utf8'), sourceName: article.fileName }, knowledge),
    );
    await loadExtractions(driver, database, results);
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
  });

  it('articles: every page in both orders, unfiltered, in a language, and mentioning a much-named and a rarely named entity', async () => {
    const articles = await stored('articles');
    const { most, rare } = mostAndRare(articles);
    const language = articles[0]!.language!;
    const noFilter = { mentions: null, language: null, publisher: null };
    for (const order of ORDERS) {
      const all = await allPages('articles', noFilter, order);
      expect(all.ids).toEqual(expected(articles, order));
      expect(all.totalCount).toBe(articles.length);
      expect(all.spent.queries).toContain(order === 'OLDEST_FIRST' ? 'api/articles-page-oldest' : 'api/articles-page-newest');

      const inLanguage = await allPages('articles', { ...noFilter, language }, order);
      expect(inLanguage.ids).toEqual(expected(articles, order, (article) => article.language === language));

      // Pages of one: so small against the entity's share of all articles that walking them wins
      // (walk-or-expand.ts); pages of 7 of the same entity are read from its mentions.
      const walked = await allPages('articles', { ...noFilter, mentions: most }, order, 1);
      const expanded = await allPages('articles', { ...noFilter, mentions: most }, order);
      expect(walked.ids).toEqual(expected(articles, order, (article) => article.entities.includes(most)));
      expect(expanded.ids).toEqual(walked.ids);
      expect(walked.totalCount).toBe(walked.ids.length);
      expect(walked.spent.queries).not.toContain('api/articles-page-of-entity');
      expect(expanded.spent.queries).toContain('api/articles-page-of-entity');

      const ofRare = await allPages('articles', { ...noFilter, mentions: rare }, order);
      expect(ofRare.ids).toEqual(expected(articles, order, (article) => article.entities.includes(rare)));
      expect(ofRare.spent.queries).toContain('api/articles-page-of-entity');
    }
  });

  it('articles: pages keep to the dates asked, in both orders', async () => {
    const articles = await stored('articles');
    const dates = articles.flatMap((article) => (article.date === null ? [] : [article.date])).sort();
    const from = dates[Math.floor(dates.length / 4)]!;
    const to = dates[Math.floor((dates.length * 3) / 4)]!;
    for (const order of ORDERS) {
      const inRange = await allPages('articles', { mentions: null, language: null, publisher: null, from, to }, order);
      expect(inRange.ids.length).toBeGreaterThan(0);
      expect(inRange.ids).toEqual(
        expected(articles, order, (article) => article.date !== null && article.date >= from && article.date <= to),
      );
    }
  });

  it('agreements: every page in both orders, unfiltered and of a party to many and to few', async () => {
    const agreements = await stored('agreements');
    expect(agreements.length).toBeGreaterThan(10);
    const { most, rare } = mostAndRare(agreements);
    const noFilter = { party: null, kind: null, status: null };
    for (const order of ORDERS) {
      const all = await allPages('agreements', noFilter, order);
      expect(all.ids).toEqual(expected(agreements, order));
      expect(all.totalCount).toBe(agreements.length);

      for (const party of [most, rare]) {
        const ofParty = await allPages('agreements', { ...noFilter, party }, order);
        expect(ofParty.ids).toEqual(expected(agreements, order, (agreement) => agreement.entities.includes(party)));
        expect(ofParty.totalCount).toBe(ofParty.ids.length);
      }
    }
  });

  it("agreements: a party's pages walked on the index are the pages read from its own, in both orders", async () => {
    // On this graph no party is in enough agreements for readPage to walk (walk-or-expand.ts), so the
    // walk is sent here by name: the same pages whichever way a party's agreements are read.
    const agreements = await stored('agreements');
    const keys = new Map(agreements.map((agreement) => [agreement.id, agreement]));
    const { most } = mostAndRare(agreements);
    const reader = profilingReader().reader;
    const pagesBy = async (query: string, order: ListOrder) => {
      const keyOfItem = (id: string) => (order === 'OLDEST_FIRST' ? keys.get(id)!.oldestFirstKey : keys.get(id)!.newestFirstKey);
      const ids: string[] = [];
      for (;;) {
        const rows = await reader.read<{ id: string }>(query, {
          party: most,
          kind: null,
          status: null,
          fromKey: '',
          toKey: '~',
          afterKey: ids.length === 0 ? null : keyOfItem(ids.at(-1)!),
          oldestFirst: order === 'OLDEST_FIRST',
          pageSize: neo4j.int(5),
        });
        ids.push(...rows.map((row) => row.id));
        if (rows.length < 5) return ids;
      }
    };
    for (const order of ORDERS) {
      const walked = await pagesBy(order === 'OLDEST_FIRST' ? LIST_QUERIES.agreements.oldest : LIST_QUERIES.agreements.newest, order);
      expect(walked).toEqual(expected(agreements, order, (agreement) => agreement.entities.includes(most)));
      expect(walked.length).toBeGreaterThan(10);
      expect(await pagesBy(LIST_QUERIES.agreements.ofEntity, order)).toEqual(walked);
    }
  });

  it('a one-article page of the most-named entity walks the index and reads less than counting its articles', async () => {
    const { most } = mostAndRare(await stored('articles'));
    const { reader, spent } = profilingReader();
    const page = await readPage(reader, 'articles', { mentions: most }, 1, null, 'NEWEST_FIRST');
    const pageDbHits = spent.dbHits;
    await page.totalCount();

    expect(spent.queries).toEqual(['api/mention-degrees', 'api/articles-page-newest', 'api/articles-count']);
    // Compared with the page's plan in view, so that a failure shows which way Neo4j read it.
    const countDbHits = spent.dbHits - pageDbHits;
    expect({ readsLessThanCounting: pageDbHits < countDbHits, pageDbHits, countDbHits, pagePlan: spent.plans[1] }).toMatchObject({
      readsLessThanCounting: true,
    });
  });

  it('get their order keys in a graph loaded before they existed, from migration 0014, the same the loader gives', async () => {
    const loaded = { articles: await stored('articles'), agreements: await stored('agreements') };
    await driver.executeQuery(readCypher('test/forget-article-and-agreement-order-keys'), {}, { database });
    expect((await stored('agreements')).every((agreement) => agreement.newestFirstKey === null)).toBe(true);

    await runMigration(driver, database, 14);

    expect(await stored('articles')).toEqual(loaded.articles);
    expect(await stored('agreements')).toEqual(loaded.agreements);
  });
});
