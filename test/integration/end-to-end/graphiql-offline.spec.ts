import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseConfigValues } from '../../../src/config/load-config.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { spawnCli, type CliProcess } from '../../support/cli-process.ts';
import { checkGraphiqlOffline, type GraphiqlCheckResult } from '../../support/graphiql-check.ts';
import { headlessChromium } from '../../support/headless-chromium.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';
import { testDatabaseSettings } from '../../support/test-neo4j-connection.ts';

/**
 * GraphiQL works with no internet (issue 17 item 1): in a real headless Chromium whose every request to
 * another host is refused, the page the service serves at /graphql renders the editor with the service's
 * example operations, and each operation, picked from the run button's menu as a person would, answers
 * as it asks, with no errors, and shows in the response pane. Against the sample articles loaded by the
 * `start` command, as `npm start` loads them.
 */
describe('GraphiQL, offline, in headless Chromium', () => {
  let cli: CliProcess;
  let result: GraphiqlCheckResult;

  beforeAll(async () => {
    const test = openTestDatabase();
    await deleteAllData(test.driver, test.database);
    await test.driver.close();
    const port = await findFreePort();
    const articlesOnStart = parseConfigValues({}).ARTICLES_ON_START.join(',');
    cli = spawnCli(['start'], { ...testDatabaseSettings(), API_PORT: String(port), ARTICLES_ON_START: articlesOnStart });
    await cli.waitForLine(/Diplograph is ready/, 170_000);
    result = await checkGraphiqlOffline({ url: `http://127.0.0.1:${port}/graphql`, browser: await headlessChromium() });
  });

  afterAll(async () => {
    if (!cli) return;
    cli.child.kill('SIGINT');
    await cli.exited;
  });

  it('renders the editor with the service’s example operations', () => {
    expect(result.report[0]).toMatch(/^editor rendered/);
    expect(result.operations.length).toBeGreaterThanOrEqual(2);
  });

  it('runs each example operation from the run menu, and each answers as it asks, in the response pane', () => {
    expect(result.failures).toEqual([]);
    for (const operation of result.operations) expect(result.report).toContainEqual(expect.stringMatching(new RegExp(`^${operation}: HTTP 200, data\\.`)));
  });

  it('asks no other host for anything', () => {
    expect(result.refusedRequests).toEqual([]);
  });
});
