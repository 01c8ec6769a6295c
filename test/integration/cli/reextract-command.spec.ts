import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';
import { extractorVersion } from '../../../src/extract/extractor-version.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { spawnCli } from '../../support/cli-process.ts';
import { graphContents } from '../../support/graph-contents.ts';
import { loadSampleArticles, SAMPLES_FOLDER } from '../../support/load-sample-articles.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';
import { testDatabaseSettings } from '../../support/test-neo4j-connection.ts';

// Text, HTML and Markdown articles (samples, our own fixtures, real published articles): reading them
// again from the text the graph keeps must give what reading their files gave.
const FOLDERS = [
  SAMPLES_FOLDER,
  path.join(PROJECT_ROOT, 'test/fixtures/articles/own'),
  path.join(PROJECT_ROOT, 'test/fixtures/real/articles'),
];

describe('diplograph reextract', () => {
  let driver: Driver;
  let database: string;
  let loadedFromFiles: Awaited<ReturnType<typeof graphContents>>;
  let articleCount: number;
  const variables = testDatabaseSettings();
  const markAllReadBy = async (version: string) => {
    await driver.executeQuery(readCypher('test/mark-articles-read-by'), { extractorVersion: version }, { database });
  };

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await deleteAllData(driver, database);
    const summary = await loadSampleArticles(driver, database, FOLDERS);
    expect(summary.counts.failed).toBe(0);
    articleCount = summary.counts.new;
    loadedFromFiles = await graphContents(driver, database);
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
  });

  it('finds nothing to do in a graph the current extractor wrote', async () => {
    const cli = spawnCli(['reextract'], variables);

    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(cli.errorOutput()).toContain(
      `diplograph reextract: ${articleCount} article(s) stored, ${articleCount} already current; 0 of 0 read by an older`,
    );
    expect(await graphContents(driver, database)).toEqual(loadedFromFiles);
  });

  it('reads again every article an older extractor read, from its stored text, to the graph its files give', async () => {
    await markAllReadBy('2020.01.01.1+old-word-lists');

    const cli = spawnCli(['reextract'], variables);

    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(cli.errorOutput()).toContain(
      `${articleCount} article(s) stored, 0 already current; ${articleCount} of ${articleCount} read by an older extractor or knowledge base read again, 0 failed`,
    );
    const reread = await graphContents(driver, database);
    expect(reread.relationships).toEqual(loadedFromFiles.relationships);
    expect(reread.nodes).toEqual(loadedFromFiles.nodes);
    expect(reread.nodes.join('\n')).toContain(`"extractorVersion":"${extractorVersion()}"`);

    const again = spawnCli(['reextract'], variables);
    expect(await again.exited).toEqual({ code: 0, signal: null });
    expect(again.errorOutput()).toContain(`0 of 0 read by an older`);
  });

  it('names an article whose text the graph lacks, exits 1, and reads the others', async () => {
    await markAllReadBy('2020.01.01.1+old-word-lists');
    const [first] = loadedFromFiles.nodes.filter((node) => node.includes('"Article"'));
    const articleId = (JSON.parse(first!) as { properties: { id: string } }).properties.id;
    await driver.executeQuery(readCypher('test/forget-article-text'), { articleId }, { database });

    const cli = spawnCli(['reextract'], variables);

    expect(await cli.exited).toEqual({ code: 1, signal: null });
    expect(cli.errorOutput()).toContain(
      `diplograph reextract: ${articleId}: the graph holds no text for this article, so it cannot be read again. Load its file again`,
    );
    expect(cli.errorOutput()).toContain(
      `${articleCount - 1} of ${articleCount} read by an older extractor or knowledge base read again, 1 failed`,
    );
  });
});
