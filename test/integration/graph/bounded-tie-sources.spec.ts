import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { loadGeneratedArticles } from '../../support/generated-corpus.ts';
import { profiledQuery } from '../../support/profiling-reader.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

const FIRST = 5;

describe("a tie's first sources (SUPPORTS records, one per article)", () => {
  let driver: Driver;
  let database: string;
  const knowledge = loadKnowledgeBase();

  const loadGenerated = async (count: number, seed: number) => {
    await loadGeneratedArticles({ driver, database }, { count, seed, knowledge });
  };
  const mostSupported = async () => {
    const [record] = (await driver.executeQuery(readCypher('test/tie-support-counts'), {}, { database })).records;
    return { fact: record!.get('fact') as string, records: Number(record!.get('records')) };
  };
  const profiled = async (name: string, parameters: Record<string, unknown>) => {
    const { dbHits, rows, steps } = await profiledQuery({ driver, database }, name, parameters);
    return {
      dbHits,
      operators: steps.map((step) => step.operatorType),
      sortedRows: steps.filter((step) => /^(Sort|Top|PartialSort|PartialTop)@/.test(step.operatorType)).map((step) => step.rows),
      rows: rows as Array<Record<string, unknown>>,
    };
  };
  const page = (fact: string) => profiled('api/tie-sources', { facts: [fact], first: neo4j.int(FIRST) });
  const whole = (fact: string) => profiled('test/tie-sources-unbounded', { fact });

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
    await loadGenerated(300, 11);
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
  });

  it('are the newest articles stating it, read on the index of (fact, newestFirstKey) without sorting', async () => {
    const tie = await mostSupported();
    const read = await page(tie.fact);

    expect(tie.records).toBeGreaterThan(3 * FIRST);
    expect(read.rows.map(({ fact: _fact, ...source }) => source)).toEqual((await whole(tie.fact)).rows.slice(0, FIRST));
    expect(read.operators.some((operator) => operator.includes('RelationshipIndexSeek'))).toBe(true);
    // Each page comes in index order: whatever sorts Neo4j plans (the last step's, and in a long run of the
    // suite a PartialSort too, depending on its statistics), none sees more than the page read.
    expect(read.sortedRows.length).toBeGreaterThan(0);
    expect(read.sortedRows.every((rows) => rows <= FIRST)).toBe(true);
  });

  it('of the most-supported tie cost the same in a graph twice as large, and less than reading all of them', async () => {
    const tie = await mostSupported();
    const before = await page(tie.fact);

    await loadGenerated(300, 12);
    const grown = (await driver.executeQuery(readCypher('test/tie-support-counts'), {}, { database })).records.find(
      (record) => record.get('fact') === tie.fact,
    );
    const after = await page(tie.fact);
    const all = await whole(tie.fact);

    expect(Number(grown!.get('records'))).toBeGreaterThan(1.5 * tie.records);
    expect(after.rows).toHaveLength(FIRST);
    expect(after.dbHits).toBeLessThanOrEqual(before.dbHits + 2);
    expect(after.dbHits).toBeLessThan(all.dbHits / 4);
  });
});
