import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDriver } from '../../../src/graph/driver.ts';
import { passwordFilePath } from '../../../src/graph/local-neo4j/local-password.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { runningServerFilePath } from '../../../src/graph/local-neo4j/running-server-file.ts';
import { spawnCli, waitUntilGone, type CliProcess } from '../../support/cli-process.ts';
import { testDatabaseSettings } from '../../support/test-neo4j-connection.ts';
import { deleteAllData, graphSize, openTestDatabase } from '../../support/test-database.ts';

/** The "articles: N new, ..." part of a load's summary. */
function loadedCounts(output: string): { new: number; unchanged: number } {
  const match = /articles: (\d+) new, (\d+) unchanged/.exec(output);
  if (match === null) throw new Error(`no summary in:\n${output.slice(-2000)}`);
  return { new: Number(match[1]), unchanged: Number(match[2]) };
}

describe('load when Neo4j goes away in the middle', () => {
  let home: string;
  let corpus: string;
  let settings: Record<string, string>;
  let server: CliProcess | undefined;

  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'diplograph-goes-away-'));
    corpus = path.join(home, 'corpus');
    // Three batches of writes (500 articles each, the last one 100): room to stop Neo4j after the first.
    const generate = spawnCli(['generate', '--count', '1100', '--seed', '13', '--out', corpus], {});
    expect(await generate.exited).toEqual({ code: 0, signal: null });
    settings = {
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HTTP_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HEAP: '768m',
      LOCAL_NEO4J_PAGECACHE: '128m',
    };
  });

  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    await rm(home, { recursive: true, force: true });
  });

  async function startServer(): Promise<number> {
    server = spawnCli(['neo4j'], settings);
    const javaPid = (JSON.parse(await server.waitForLine(/"msg":"starting local Neo4j"/, 600_000)) as { pid: number }).pid;
    await server.waitForLine(/"msg":"Neo4j is ready/, 300_000);
    return javaPid;
  }

  async function articlesInServer(): Promise<{ size: { nodes: number; relationships: number } }> {
    const note = JSON.parse(readFileSync(runningServerFilePath(home), 'utf8')) as { boltUri: string };
    const driver = createDriver({
      uri: note.boltUri,
      username: 'neo4j',
      password: readFileSync(passwordFilePath(home), 'utf8').trim(),
      database: 'neo4j',
    });
    try {
      return { size: await graphSize(driver, 'neo4j') };
    } finally {
      await driver.close();
    }
  }

  it('stops with the summary of what it wrote and what it did not, and a second load then equals one clean load', async () => {
    const javaPid = await startServer();
    const load = spawnCli(['load', corpus], settings);
    await load.waitForLine(/"msg":"article loaded"/, 600_000);

    // Neo4j goes away for good: its owner first (so that nothing restarts it), then the JVM.
    server!.child.kill('SIGKILL');
    process.kill(javaPid, 'SIGKILL');
    expect(await waitUntilGone(javaPid, 60_000)).toBe(true);

    expect(await load.exited).toEqual({ code: 1, signal: null });
    const output = load.output();
    expect(output).toContain('diplograph load: Neo4j stopped answering');
    expect(output).toContain('Run the same load again once Neo4j is back');
    const interrupted = loadedCounts(output);
    const notLoaded = Number(/Not loaded: (\d+) input/.exec(output)?.[1]);
    expect(interrupted.new).toBeGreaterThan(0);
    expect(interrupted.new + notLoaded).toBe(1100);

    // What the summary called written is what the graph holds, and the rest loads on a second run.
    await startServer();
    const reload = spawnCli(['load', corpus], settings);
    expect(await reload.exited).toEqual({ code: 0, signal: null });
    expect(loadedCounts(reload.output())).toEqual({ new: notLoaded, unchanged: interrupted.new });
    const recovered = await articlesInServer();
    server!.child.kill('SIGINT');
    await server!.exited;

    const { driver, database } = openTestDatabase();
    try {
      await deleteAllData(driver, database);
      const clean = spawnCli(['load', corpus], testDatabaseSettings());
      expect(await clean.exited).toEqual({ code: 0, signal: null });
      const cleanSize = await graphSize(driver, database);
      // Stopped in the middle and loaded again ends with exactly the graph of one clean load.
      expect(recovered.size).toEqual(cleanSize);
    } finally {
      await deleteAllData(driver, database);
      await driver.close();
    }
  }, 1_500_000);
});
