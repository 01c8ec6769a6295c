import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createDriver, isAuthenticationError, verifyCredentials, type Neo4jConnection } from '../../../src/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4jServer } from '../../../src/graph/local-neo4j/local-neo4j-server.ts';
import { LEGACY_LOCAL_PASSWORD, passwordFilePath } from '../../../src/graph/local-neo4j/local-password.ts';
import { openNeo4j } from '../../../src/graph/open-neo4j.ts';
import { createLogger } from '../../../src/log/logger.ts';
import { throwawayLocalNeo4jOptions } from '../../support/local-neo4j-options.ts';

/** Whether Neo4j accepts these credentials (false only for a refusal of the credentials themselves). */
async function accepts(connection: Neo4jConnection): Promise<boolean> {
  const driver = createDriver(connection);
  try {
    await verifyCredentials(driver);
    return true;
  } catch (error) {
    if (isAuthenticationError(error)) return false;
    throw error;
  } finally {
    await driver.close();
  }
}

describe('the password of the local Neo4j', () => {
  let home: string;
  let server: LocalNeo4jServer | undefined;

  beforeEach(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'diplograph-password-'));
  });

  afterEach(async () => {
    await server?.stop();
    server = undefined;
    await rm(home, { recursive: true, force: true });
  });

  async function start(password: string | undefined): Promise<LocalNeo4jServer> {
    server = await startLocalNeo4j(await throwawayLocalNeo4jOptions(home, { password }), createLogger('warn'));
    return server;
  }

  it('is generated for a new store, kept owner-only in its home, and no known password opens it', async () => {
    const started = await start(undefined);

    const file = passwordFilePath(home);
    expect(started.passwordFile).toBe(file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(started.connection.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await accepts(started.connection)).toBe(true);
    expect(await accepts({ ...started.connection, password: LEGACY_LOCAL_PASSWORD })).toBe(false);
    // The argument file that carried the password to the admin tool is gone.
    expect((await readdir(home)).filter((name) => name.includes('initial-password'))).toEqual([]);
    // A command pointed at it with a wrong password is told so, instead of failing later at a query.
    await expect(
      openNeo4j(
        { kind: 'external', uri: started.connection.uri, username: 'neo4j', password: 'not-the-password', database: 'neo4j' },
        createLogger('warn'),
      ),
    ).rejects.toThrow(/refused user "neo4j".*Check NEO4J_USERNAME and NEO4J_PASSWORD/);
  }, 900_000);

  it('refuses to start a store with a NEO4J_PASSWORD other than the one it was made with, saying what to do', async () => {
    const first = await start(undefined);
    await first.stop();
    server = undefined;

    await expect(start('some-other-password')).rejects.toThrow(/initialised with another password/);
  }, 900_000);

  it('takes a password that begins with a dash (a generated one does one time in 64)', async () => {
    const started = await start('-starts-with-a-dash');

    expect(await accepts(started.connection)).toBe(true);
  }, 900_000);

  it("lets no other site's page read its HTTP API", async () => {
    const started = await start(undefined);
    const httpUrl = started.browserUrl.replace(/\/browser\/$/, '');

    const answer = await fetch(`${httpUrl}/db/neo4j/tx/commit`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ statements: [{ statement: 'RETURN 1' }] }),
    });

    expect(answer.status).toBe(401);
    expect(answer.headers.get('access-control-allow-origin')).not.toBe('*');
    expect(answer.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  }, 900_000);

  it('replaces the old fixed password of an existing store with a generated one on start', async () => {
    const first = await start(LEGACY_LOCAL_PASSWORD);
    expect(await accepts(first.connection)).toBe(true);
    await first.stop();
    server = undefined;
    expect(existsSync(passwordFilePath(home))).toBe(false);

    const upgraded = await start(undefined);

    expect(upgraded.connection.password).not.toBe(LEGACY_LOCAL_PASSWORD);
    expect(await accepts(upgraded.connection)).toBe(true);
    expect(await accepts({ ...upgraded.connection, password: LEGACY_LOCAL_PASSWORD })).toBe(false);
    expect(existsSync(`${passwordFilePath(home)}.new`)).toBe(false);
  }, 900_000);
});
