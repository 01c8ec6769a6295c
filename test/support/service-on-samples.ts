import { parseConfigValues } from '../../src/config/load-config.ts';
import { findFreePort } from '../../src/graph/local-neo4j/port-availability.ts';
import { spawnCli } from './cli-process.ts';
import { deleteAllData, openTestDatabase } from './test-database.ts';
import { testDatabaseSettings } from './test-neo4j-connection.ts';

/** The service as `npm start` runs it, on the emptied test database, and how to reach and stop it. */
export interface ServiceOnSamples {
  /** Its GraphQL endpoint. */
  readonly url: string;
  /** SIGINT, as Ctrl-C, and waits for the process to end. */
  stop(): Promise<void>;
}

/**
 * `npm start` is `diplograph start`: migrations, knowledge base, ARTICLES_ON_START through `load` in a
 * child process, then GraphQL. The default ARTICLES_ON_START (the sample articles) is named explicitly,
 * so that a developer's .env cannot change what is loaded.
 */
export async function startServiceOnSamples(): Promise<ServiceOnSamples> {
  const test = openTestDatabase();
  await deleteAllData(test.driver, test.database);
  await test.driver.close();
  const port = await findFreePort();
  const articlesOnStart = parseConfigValues({}).ARTICLES_ON_START.join(',');
  const cli = spawnCli(['start'], { ...testDatabaseSettings(), API_PORT: String(port), ARTICLES_ON_START: articlesOnStart });
  await cli.waitForLine(/Diplograph is ready/, 170_000);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      cli.child.kill('SIGINT');
      await cli.exited;
    },
  };
}
