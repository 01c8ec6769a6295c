import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ENGLISH_REPORT } from '../../fixtures/ankara-talks.ts';
import { spawnCli } from '../../support/cli-process.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { deleteAllData, nodeIds, openTestDatabase } from '../../support/test-database.ts';
import { testDatabaseSettings } from '../../support/test-neo4j-connection.ts';

describe('diplograph remove', () => {
  let driver: Driver;
  let database: string;
  const variables = testDatabaseSettings();
  const articleIds = () => nodeIds(driver, database, 'Article');

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
  });

  afterAll(async () => {
    await driver.close();
  });

  it('removes a loaded article and exits 0', async () => {
    const cli = spawnCli(['remove', ENGLISH_REPORT.id], variables);

    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(cli.output()).toContain('"msg":"article removed"');
    expect(await articleIds()).toEqual([]);
  });

  it('exits 1 and names the id when the article is not in the graph', async () => {
    const cli = spawnCli(['remove', 'article:no-such-article'], variables);

    expect(await cli.exited).toEqual({ code: 1, signal: null });
    expect(cli.output()).toContain('"msg":"no such article in the graph; nothing removed","articleId":"article:no-such-article"');
  });

  it('exits 2 with usage help when no id is given', async () => {
    const cli = spawnCli(['remove'], variables);

    expect(await cli.exited).toEqual({ code: 2, signal: null });
    expect(cli.output()).toContain('remove needs at least one article id');
  });
});
