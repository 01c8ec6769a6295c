import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { corpusArticles } from '../../../src/corpus/generate-corpus.ts';
import type { ExtractionResult } from '../../../src/extract/contract/extraction-result.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { loadExtractions, type ArticleLoadOutcome } from '../../../src/graph/load/load-articles.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { orderFreeContents } from '../../support/graph-contents.ts';
import { deleteAllData, graphSize, openTestDatabase } from '../../support/test-database.ts';

/**
 * Several loaders (each with a driver of its own, as separate processes or instances would have) write
 * overlapping inputs at the same time, in small transactions so that their writes interleave: the graph
 * must be the one a single load of the union gives, provenance included, and between them the loaders
 * must report each article new exactly once.
 */

/** Small enough that each loader runs many transactions, which interleave with the other loader's. */
const ARTICLES_PER_TRANSACTION = 10;

interface GraphState {
  size: { nodes: number; relationships: number };
  /** Per relationship type: relationships with provenance, entries in all, the most on one. */
  provenance: Array<Record<string, unknown>>;
  contents: { nodes: string[]; relationships: string[] };
}

/** What one multiset of lines has that the other lacks (a few of each), so that a failure reads short. */
function differences(expected: readonly string[], actual: readonly string[]): { missing: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const line of expected) left.set(line, (left.get(line) ?? 0) + 1);
  const extra: string[] = [];
  for (const line of actual) {
    const count = left.get(line) ?? 0;
    if (count > 0) left.set(line, count - 1);
    else extra.push(line);
  }
  const missing = [...left].flatMap(([line, count]) => new Array<string>(count).fill(line));
  return { missing: missing.slice(0, 5), extra: extra.slice(0, 5) };
}

describe('loaders running at the same time over overlapping inputs', () => {
  let drivers: Driver[];
  let database: string;
  let articles: ExtractionResult[];
  let oneLoad: GraphState;

  async function graphState(): Promise<GraphState> {
    const [driver] = drivers;
    const { records } = await driver!.executeQuery(readCypher('test/provenance-by-type'), {}, { database });
    return {
      size: await graphSize(driver!, database),
      provenance: records.map((record) => record.toObject()),
      contents: await orderFreeContents(driver!, database),
    };
  }

  /** The graph now is the graph of one load: counts, provenance per type, then every node and relationship. */
  async function expectOneLoadsGraph(): Promise<void> {
    const now = await graphState();
    expect({ size: now.size, provenance: now.provenance }).toEqual({ size: oneLoad.size, provenance: oneLoad.provenance });
    expect({
      nodes: differences(oneLoad.contents.nodes, now.contents.nodes),
      relationships: differences(oneLoad.contents.relationships, now.contents.relationships),
    }).toEqual({
      nodes: { missing: [], extra: [] },
      relationships: { missing: [], extra: [] },
    });
  }

  async function loadTogether(inputs: ReadonlyArray<readonly ExtractionResult[]>): Promise<ArticleLoadOutcome[][]> {
    await deleteAllData(drivers[0]!, database);
    await prepareGraph(drivers[0]!, database, silentLogger);
    const runs = await Promise.all(
      inputs.map((input, index) => loadExtractions(drivers[index]!, database, input, { articlesPerTransaction: ARTICLES_PER_TRANSACTION })),
    );
    return runs.map((run) => run.outcomes);
  }

  /** The articles not reported new by exactly one loader, with how many reported them new. */
  const notNewOnce = (outcomes: ArticleLoadOutcome[][]): Array<[string, number]> =>
    [...newCounts(outcomes)].filter(([, count]) => count !== 1);

  /** How many loaders reported each article new. */
  function newCounts(outcomes: ArticleLoadOutcome[][]): Map<string, number> {
    const counts = new Map(articles.map((article) => [article.article.id, 0]));
    for (const outcome of outcomes.flat()) {
      expect(outcome.status === 'new' || outcome.status === 'unchanged').toBe(true);
      if (outcome.status === 'new') counts.set(outcome.articleId, counts.get(outcome.articleId)! + 1);
    }
    return counts;
  }

  beforeAll(async () => {
    const { database: name } = openTestDatabase();
    database = name;
    drivers = [openTestDatabase().driver, openTestDatabase().driver, openTestDatabase().driver];
    const knowledge = loadKnowledgeBase();
    articles = [...corpusArticles({ count: 300, seed: 16, knowledge })].map((article) =>
      extractArticle({ bytes: Buffer.from(article.content, 'utf8'), sourceName: article.fileName }, knowledge),
    );
    expect(new Set(articles.map((article) => article.article.id)).size).toBe(300);

    await deleteAllData(drivers[0]!, database);
    await prepareGraph(drivers[0]!, database, silentLogger);
    await loadExtractions(drivers[0]!, database, articles);
    oneLoad = await graphState();
  });

  afterAll(async () => {
    await deleteAllData(drivers[0]!, database);
    await Promise.all(drivers.map((driver) => driver.close()));
  });

  it('one loader going backwards ends with the same graph as one going forwards (the yardstick ignores load order only)', async () => {
    const outcomes = await loadTogether([[...articles].reverse()]);

    expect(notNewOnce(outcomes)).toEqual([]);
    await expectOneLoadsGraph();
  });

  it('two loaders of the same 300 articles end with the graph of one load and report each article new once', async () => {
    const outcomes = await loadTogether([articles, articles]);

    expect(notNewOnce(outcomes)).toEqual([]);
    await expectOneLoadsGraph();
  });

  it('loaders of articles 1-200 and 100-300 end with the graph of one load of all 300, each article new once', async () => {
    const outcomes = await loadTogether([articles.slice(0, 200), articles.slice(99)]);

    expect(notNewOnce(outcomes)).toEqual([]);
    await expectOneLoadsGraph();
  });

  it('a loader bringing stored articles up to date while another loads new ones ends with the graph of doing one after the other', async () => {
    const [stored, fresh] = [articles.slice(0, 200), articles.slice(200)];
    const reread = stored.map((article) => ({ ...article, extractorVersion: 'test-next' }));
    const settle = async (loads: () => Promise<unknown>): Promise<GraphState> => {
      await deleteAllData(drivers[0]!, database);
      await prepareGraph(drivers[0]!, database, silentLogger);
      await loadExtractions(drivers[0]!, database, stored);
      await loads();
      return graphState();
    };
    const inTurn = await settle(async () => {
      await loadExtractions(drivers[0]!, database, reread);
      await loadExtractions(drivers[1]!, database, fresh);
    });

    const together = await settle(() =>
      Promise.all([
        loadExtractions(drivers[0]!, database, reread, { articlesPerTransaction: ARTICLES_PER_TRANSACTION }),
        loadExtractions(drivers[1]!, database, fresh, { articlesPerTransaction: ARTICLES_PER_TRANSACTION }),
      ]),
    );

    expect({ size: together.size, provenance: together.provenance }).toEqual({ size: inTurn.size, provenance: inTurn.provenance });
    expect({
      nodes: differences(inTurn.contents.nodes, together.contents.nodes),
      relationships: differences(inTurn.contents.relationships, together.contents.relationships),
    }).toEqual({
      nodes: { missing: [], extra: [] },
      relationships: { missing: [], extra: [] },
    });
  });

  it('three loaders, one going backwards, end with the graph of one load, each article new once', async () => {
    const outcomes = await loadTogether([articles, [...articles].reverse(), articles.slice(150)]);

    expect(notNewOnce(outcomes)).toEqual([]);
    await expectOneLoadsGraph();
  });
});
