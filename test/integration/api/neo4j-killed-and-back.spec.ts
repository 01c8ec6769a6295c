import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_API_LIMITS, startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { createDriver } from '../../../src/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4jOptions, type LocalNeo4jServer } from '../../../src/graph/local-neo4j/local-neo4j-server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { createLogger, silentLogger } from '../../../src/log/logger.ts';
import { throwawayLocalNeo4jOptions } from '../../support/local-neo4j-options.ts';
import { postGraphqlWithStatus } from '../../support/graphql-client.ts';
import { waitUntilGone } from '../../support/cli-process.ts';

const LOOKUP = '{ country(key: "KZ") { name } }';

describe('the API when its Neo4j is killed and comes back', () => {
  let home: string;
  let options: LocalNeo4jOptions;
  let server: LocalNeo4jServer | undefined;
  let driver: Driver;
  let api: RunningApiServer;

  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'diplograph-killed-'));
    options = await throwawayLocalNeo4jOptions(home);
    server = await startLocalNeo4j(options, createLogger('warn'));
    driver = createDriver(server.connection);
    await prepareGraph(driver, 'neo4j', silentLogger);
    api = await startApiServer({
      driver,
      database: 'neo4j',
      logger: silentLogger,
      host: '127.0.0.1',
      port: await findFreePort(),
      limits: { ...DEFAULT_API_LIMITS, queryTimeoutMs: 2000 },
    });
  }, 900_000);

  afterAll(async () => {
    await api.close();
    await driver.close().catch(() => undefined);
    await server?.stop();
    await rm(home, { recursive: true, force: true });
  });

  const ready = async () => (await fetch(api.url.replace('/graphql', '/ready'))).status;

  it('says 503 on the first /ready after the kill, answers DATABASE_UNAVAILABLE, and serves again once Neo4j is back (a read it ends while warming up says QUERY_TIMEOUT, never "Unexpected error.")', async () => {
    expect(await ready()).toBe(200);
    expect((await postGraphqlWithStatus(api.url, LOOKUP)).body.data?.country?.name).toBe('Kazakhstan');

    const pid = server!.pid;
    process.kill(pid, 'SIGKILL');
    expect(await waitUntilGone(pid, 60_000)).toBe(true);

    expect(await ready()).toBe(503);
    const refused = await postGraphqlWithStatus(api.url, LOOKUP);
    expect(refused.status).toBe(503);
    expect(refused.body.errors?.[0].extensions.code).toBe('DATABASE_UNAVAILABLE');

    // The same store, ports and (stored) password: the service's driver finds it by itself.
    await server!.stop();
    server = await startLocalNeo4j(options, createLogger('warn'));
    let status = await ready();
    for (let attempt = 0; status !== 200 && attempt < 120; attempt += 1) {
      await sleep(500);
      status = await ready();
    }
    expect(status).toBe(200);
    // A database just started may still end the first reads at their time limit on a busy machine: those
    // must say so (QUERY_TIMEOUT, DATABASE_UNAVAILABLE), never "Unexpected error.", until it answers.
    let answer = await postGraphqlWithStatus(api.url, LOOKUP);
    const interimCodes: unknown[] = [];
    for (let attempt = 0; answer.body.data?.country?.name !== 'Kazakhstan' && attempt < 60; attempt += 1) {
      interimCodes.push(answer.body.errors?.[0]?.extensions?.code);
      await sleep(1_000);
      answer = await postGraphqlWithStatus(api.url, LOOKUP);
    }
    expect(answer.body.data?.country?.name).toBe('Kazakhstan');
    expect(interimCodes.filter((code) => code !== 'QUERY_TIMEOUT' && code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
  }, 900_000);
});
