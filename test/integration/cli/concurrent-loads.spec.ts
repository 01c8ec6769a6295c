import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
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

/** Per relationship type: relationships with provenance, entries in all, the most on one (Astana's LOCATED_IN, a president's REPRESENTS). */
async function provenanceByType(driver: Driver, database: string): Promise<Array<Record<string, unknown>>> {
  const { records } = await driver.executeQuery(readCypher('test/provenance-by-type'), {}, { database });
  return records.map((record) => record.toObject());
}

describe('two loads at once', () => {
  let driver: Driver;
  let database: string;
  let corpus: string;

  /** A folder holding the generated articles from..to (1-based, inclusive, in file-name order). */
  async function part(name: string, from: number, to: number): Promise<string> {
    const folder = path.join(corpus, name);
    await mkdir(folder);
    const files = (await readdir(corpus)).filter((file) => /\.(txt|md)$/.test(file)).sort();
    for (const file of files.slice(from - 1, to)) await copyFile(path.join(corpus, file), path.join(folder, file));
    return folder;
  }

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

  it('of the same folder end with the graph of one load, and between them report each article new once', async () => {
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

  it('of articles 1-200 and 100-300 end with the graph of one load of all 300, each article new once', async () => {
    await deleteAllData(driver, database);
    const single = spawnCli(['load', corpus], testDatabaseSettings());
    expect(await single.exited).toEqual({ code: 0, signal: null });
    const once = { size: await graphSize(driver, database), provenance: await provenanceByType(driver, database) };
    const [first, second] = [await part('first', 1, 200), await part('second', 100, 300)];

    await deleteAllData(driver, database);
    const loads = [spawnCli(['load', first], testDatabaseSettings()), spawnCli(['load', second], testDatabaseSettings())];
    for (const load of loads) expect(await load.exited).toEqual({ code: 0, signal: null });

    expect({ size: await graphSize(driver, database), provenance: await provenanceByType(driver, database) }).toEqual(once);
    expect(loads.map((load) => newCount(load.output())).reduce((sum, count) => sum + count, 0)).toBe(300);
  }, 900_000);
});
