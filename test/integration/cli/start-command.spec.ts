import { describe, expect, it } from '@jest/globals';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ENGLISH_REPORT } from '../../fixtures/ankara-talks.ts';
import { spawnCli } from '../../support/cli-process.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';
import { testDatabaseSettings } from '../../support/test-neo4j-connection.ts';

describe('diplograph start with NEO4J_URI set', () => {
  it('migrates, serves GraphQL on API_PORT and exits cleanly on Ctrl-C', async () => {
    const port = await findFreePort();
    const cli = spawnCli(['start'], { ...testDatabaseSettings(), API_PORT: String(port) });

    await cli.waitForLine(/Diplograph is ready/, 60_000);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(await response.json()).toEqual({ data: { health: { status: 'OK' } } });

    cli.child.kill('SIGINT');
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(cli.output()).toContain('"msg":"shutting down"');
  });

  it('loads ARTICLES_ON_START through `load` in a child process before serving them', async () => {
    const port = await findFreePort();
    const cli = spawnCli(['start'], { ...testDatabaseSettings(), API_PORT: String(port), ARTICLES_ON_START: 'data/samples' });

    await cli.waitForLine(/Diplograph is ready/, 120_000);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ whoMet(party: { key: "Tokayev" }) { edges { node { counterpart { ... on Person { name } } } } } }',
      }),
    });
    cli.child.kill('SIGINT');
    await cli.exited;

    const body = (await response.json()) as { data: { whoMet: { edges: Array<{ node: { counterpart: { name: string } } }> } } };
    expect(body.data.whoMet.edges.map((edge) => edge.node.counterpart.name)).toContain('Recep Tayyip Erdoğan');
    const lines = cli
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string; pid?: number });
    const messages = lines.map((line) => line.msg);
    // "load finished" is the load command's own summary: the articles went through `load`, before serving.
    expect(messages.indexOf('load finished')).toBeGreaterThanOrEqual(0);
    expect(messages.indexOf('load finished')).toBeLessThan(messages.indexOf('articles loaded'));
    expect(messages.indexOf('articles loaded')).toBeLessThan(messages.indexOf('Diplograph is ready (Ctrl-C stops it)'));
  });
});

describe('diplograph start over a graph an older extractor wrote', () => {
  it('serves it as it is and says how many articles `reextract` would bring up to date', async () => {
    const { driver, database } = openTestDatabase();
    try {
      await prepareGraph(driver, database, silentLogger);
      await deleteAllData(driver, database);
      await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
      await driver.executeQuery(readCypher('test/mark-articles-read-by'), { extractorVersion: 'rules 2020.01.01.1' }, { database });
      const port = await findFreePort();
      const cli = spawnCli(['start'], { ...testDatabaseSettings(), API_PORT: String(port), ARTICLES_ON_START: '' });

      await cli.waitForLine(/Diplograph is ready/, 60_000);
      cli.child.kill('SIGINT');
      await cli.exited;

      expect(cli.output()).toContain(
        '1 of the 1 stored articles were read by an older extractor or knowledge base; run `npm run diplograph -- reextract`',
      );
    } finally {
      await deleteAllData(driver, database);
      await driver.close();
    }
  });
});

describe('diplograph start with a bad configuration', () => {
  it('stops at once with one line naming the variable and what it expects', async () => {
    const cli = spawnCli(['start'], { API_PORT: 'eighty' });

    expect(await cli.exited).toEqual({ code: 1, signal: null });
    expect(cli.output().trim()).toBe(
      'diplograph: Configuration error: API_PORT got "eighty": expected a TCP port number (1-65535). Fix it in the environment or in .env (see .env.example).',
    );
  });

  it('says which Neo4j does not answer and what to check', async () => {
    const deadPort = await findFreePort();
    const cli = spawnCli(['start'], { NEO4J_URI: `bolt://127.0.0.1:${deadPort}`, NEO4J_PASSWORD: 'whatever-password' });

    expect(await cli.exited).toEqual({ code: 1, signal: null });
    expect(cli.output()).toContain(`Neo4j at bolt://127.0.0.1:${deadPort} does not answer`);
    expect(cli.output()).toContain('Check NEO4J_URI');
  });
});
