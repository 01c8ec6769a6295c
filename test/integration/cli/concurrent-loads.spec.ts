import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { spawnCli } from '../../support/cli-process.ts';
import { testDatabaseSettings } from '../../support/test-neo4j-connection.ts';
import { deleteAllData, graphSize, openTestDatabase } from '../../support/test-database.ts';

function newCount(output: string): number {
  const match = /articles: (\d+) new/.exec(output);
  if (match === null) throw new Error(`no summary in:\n${output.slice(-2000)}`);
  return Number(match[1]);
}

async function provenanceEntries(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(readCypher('test/provenance-size'), {}, { database });
  return records[0]!.get('entries') as number;
}

describe('two loads of the same folder at once', () => {
  let driver: Driver;
  let database: string;
  let corpus: string;

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    corpus = await mkdtemp(path.join(os.tmpdir(), 'diplograph-concurrent-'));
    const generate = spawnCli(['generate', '--count', '300', '--seed', '21', '--out', corpus], {});
    expect(await generate.exited).toEqual({ code: 0, signal: null });
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
    await rm(corpus, { recursive: true, force: true });
  });

  it('end with the graph of one load, and between them report each article new once', async () => {
    await deleteAllData(driver, database);
    const single = spawnCli(['load', corpus], testDatabaseSettings());
    expect(await single.exited).toEqual({ code: 0, signal: null });
    const once = { size: await graphSize(driver, database), provenance: await provenanceEntries(driver, database) };

    await deleteAllData(driver, database);
    const [first, second] = [spawnCli(['load', corpus], testDatabaseSettings()), spawnCli(['load', corpus], testDatabaseSettings())];
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(await second.exited).toEqual({ code: 0, signal: null });

    expect({ size: await graphSize(driver, database), provenance: await provenanceEntries(driver, database) }).toEqual(once);
    expect(newCount(first.output()) + newCount(second.output())).toBe(300);
  }, 900_000);
});
