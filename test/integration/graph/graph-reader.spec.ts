import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { createGraphReader } from '../../../src/graph/read/graph-reader.ts';
import { openTestDatabase } from '../../support/test-database.ts';

describe('graph reads', () => {
  let driver: Driver;
  let database: string;

  beforeAll(() => {
    ({ driver, database } = openTestDatabase());
  });

  afterAll(async () => {
    await driver.close();
  });

  it('ends a read that outlives its timeout inside Neo4j, not only in the client', async () => {
    const reader = createGraphReader(driver, database, { timeoutMs: 500 });

    await expect(reader.read('test/slow-count')).rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut|Terminated/) });
    const { records } = await driver.executeQuery(
      readCypher('test/running-transactions'),
      { fragment: 'range(1, 2000000000)' },
      { database },
    );
    expect(records).toHaveLength(0);
  });

  it('counts each query it sends', async () => {
    const names: string[] = [];
    const reader = createGraphReader(driver, database, { timeoutMs: 5000, onQuery: (name) => names.push(name) });

    await reader.read('health/schema-version');

    expect(names).toEqual(['health/schema-version']);
  });
});
