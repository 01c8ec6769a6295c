import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { spawnCli } from '../../support/cli-process.ts';
import { silentPort } from '../../support/silent-port.ts';

const SAMPLES = path.join(PROJECT_ROOT, 'data', 'samples');

describe('load when the configured Neo4j cannot be reached', () => {
  let paused: Awaited<ReturnType<typeof silentPort>>;

  beforeAll(async () => {
    paused = await silentPort();
  });

  afterAll(async () => {
    await paused.close();
  });

  it('exits 1 with one line on stderr saying what to check when Neo4j is paused (accepts and never answers), instead of hanging', async () => {
    const cli = spawnCli(['load', SAMPLES], { NEO4J_URI: `bolt://127.0.0.1:${paused.port}`, NEO4J_PASSWORD: 'any-password-1' });

    expect(await cli.exited).toEqual({ code: 1, signal: null });
    expect(cli.output()).toMatch(
      /diplograph: Neo4j at bolt:\/\/127\.0\.0\.1:\d+ does not answer: .*Check NEO4J_URI, that the server runs, and the network/,
    );
  });

  it('exits 1 the same way when nothing listens on the port', async () => {
    const cli = spawnCli(['load', SAMPLES], { NEO4J_URI: `bolt://127.0.0.1:${await findFreePort()}`, NEO4J_PASSWORD: 'any-password-1' });

    expect(await cli.exited).toEqual({ code: 1, signal: null });
    expect(cli.output()).toMatch(/does not answer: .*Check NEO4J_URI/);
  });
});
