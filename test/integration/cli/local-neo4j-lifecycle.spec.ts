import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { isProcessAlive, spawnCli, waitUntilGone, type CliProcess } from '../../support/cli-process.ts';

/** Ports nobody listens on, so that a developer's running Neo4j cannot change what a test sees. */
async function freePorts(): Promise<Record<string, string>> {
  return { LOCAL_NEO4J_BOLT_PORT: String(await findFreePort()), LOCAL_NEO4J_HTTP_PORT: String(await findFreePort()) };
}

/** The pid of the JVM, from the launcher's "starting local Neo4j" log line. */
function javaPid(line: string): number {
  return (JSON.parse(line) as { pid: number }).pid;
}

describe('the local Neo4j server started by `diplograph neo4j`', () => {
  let home: string;
  let cli: CliProcess | undefined;

  beforeEach(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'diplograph-lifecycle-'));
  });

  afterEach(async () => {
    if (cli?.child.exitCode === null) cli.child.kill('SIGKILL');
    await rm(home, { recursive: true, force: true });
  });

  async function startLocal(): Promise<{ pid: number; httpPort: number; settings: Record<string, string> }> {
    const httpPort = await findFreePort();
    const settings = {
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HTTP_PORT: String(httpPort),
      LOCAL_NEO4J_HEAP: '512m',
      LOCAL_NEO4J_PAGECACHE: '128m',
    };
    cli = spawnCli(['neo4j'], settings);
    const pid = javaPid(await cli.waitForLine(/"msg":"starting local Neo4j"/, 600_000));
    await cli.waitForLine(/"msg":"Neo4j is ready/, 300_000);
    return { pid, httpPort, settings };
  }

  it('lets load and remove work on the server it runs, instead of starting a second one on the same store', async () => {
    const { settings } = await startLocal();

    const load = spawnCli(['load', 'data/samples/000_f308e16cd2620d57.txt'], settings);
    expect(await load.exited).toEqual({ code: 0, signal: null });
    expect(load.output()).toContain('using the local Neo4j another Diplograph process runs');
    expect(load.output()).not.toContain('already in use');
    const articleId = /"articleId":"([^"]+)"/.exec(load.output())?.[1];
    expect(articleId).toBeDefined();

    const remove = spawnCli(['remove', articleId!], settings);
    expect(await remove.exited).toEqual({ code: 0, signal: null });
    expect(remove.output()).toContain('using the local Neo4j another Diplograph process runs');
    // The server is still the first process's: the commands closed only their own connections.
    expect(isProcessAlive(cli!.child.pid!)).toBe(true);

    cli!.child.kill('SIGINT');
    expect(await cli!.exited).toEqual({ code: 0, signal: null });
    expect(existsSync(path.join(home, 'running-server.json'))).toBe(false);
  });

  it('starts its JVM again when it dies, and says so', async () => {
    const { pid } = await startLocal();

    process.kill(pid, 'SIGKILL');

    await cli!.waitForLine(/"msg":"local Neo4j stopped unexpectedly; restarting it"/, 60_000);
    const again = JSON.parse(await cli!.waitForLine(/"msg":"local Neo4j is ready again"/, 300_000)) as { pid: number };
    expect(again.pid).not.toBe(pid);
    expect(isProcessAlive(again.pid)).toBe(true);

    cli!.child.kill('SIGINT');
    expect(await cli!.exited).toEqual({ code: 0, signal: null });
    expect(await waitUntilGone(again.pid, 60_000)).toBe(true);
  });

  it('serves Neo4j Browser and stops its JVM on Ctrl-C', async () => {
    const { pid, httpPort } = await startLocal();
    const browser = await fetch(`http://localhost:${httpPort}/browser/`);
    expect(browser.status).toBe(200);
    expect(await browser.text()).toContain('<title>Neo4j Browser</title>');

    cli!.child.kill('SIGINT');

    expect(await cli!.exited).toEqual({ code: 0, signal: null });
    expect(await waitUntilGone(pid, 60_000)).toBe(true);
  });

  it('takes its JVM down with it when the parent process is killed outright', async () => {
    const { pid } = await startLocal();
    expect(isProcessAlive(pid)).toBe(true);

    cli!.child.kill('SIGKILL');

    expect(await waitUntilGone(pid, 60_000)).toBe(true);
  });

  it('refuses to start when the Bolt port is taken, saying which port and what to do', async () => {
    const occupied = net.createServer();
    await new Promise<void>((resolve) => occupied.listen(0, '127.0.0.1', resolve));
    const takenPort = (occupied.address() as net.AddressInfo).port;
    try {
      cli = spawnCli(['neo4j'], {
        LOCAL_NEO4J_HOME: home,
        LOCAL_NEO4J_BOLT_PORT: String(takenPort),
        LOCAL_NEO4J_HTTP_PORT: String(await findFreePort()),
      });

      expect(await cli.exited).toEqual({ code: 1, signal: null });
      expect(cli.output()).toContain(`Port ${takenPort} (Neo4j Bolt) is already in use`);
      expect(cli.output()).toContain('LOCAL_NEO4J_BOLT_PORT');
    } finally {
      occupied.close();
    }
  });

  it('explains that Maven is missing when the jars were never resolved', async () => {
    // A PATH with node alone; Java found through JAVA_HOME, so only Maven is missing.
    const javaHome = path.dirname(path.dirname(realpathSync(execFileSync('which', ['java'], { encoding: 'utf8' }).trim())));
    cli = spawnCli(['neo4j'], {
      ...(await freePorts()),
      LOCAL_NEO4J_HOME: home,
      PATH: path.dirname(process.execPath),
      JAVA_HOME: process.env.JAVA_HOME ?? javaHome,
    });

    expect(await cli.exited).toEqual({ code: 1, signal: null });
    expect(cli.output()).toContain('Maven (mvn) was not found');
    expect(cli.output()).toContain('What to do: install Maven');
  });

  it('explains that Java is missing when JAVA_HOME points nowhere', async () => {
    cli = spawnCli(['neo4j'], { ...(await freePorts()), LOCAL_NEO4J_HOME: home, JAVA_HOME: path.join(home, 'no-such-jdk') });

    expect(await cli.exited).toEqual({ code: 1, signal: null });
    expect(cli.output()).toContain('Java was not found');
    expect(cli.output()).toContain('What to do: install a JDK or JRE 17');
  });
});
