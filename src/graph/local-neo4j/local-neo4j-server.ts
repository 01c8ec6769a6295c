import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { NEO4J_BROWSER_VERSION, NEO4J_LOCAL_VERSION } from '../../config/config.ts';
import { PROJECT_ROOT } from '../../config/project-root.ts';
import type { Logger } from '../../log/logger.ts';
import { createDriver, isAuthenticationError, verifyCredentials, type Neo4jConnection } from '../driver.ts';
import { resolveClasspath } from './classpath.ts';
import { setInitialPasswordIfNew } from './initial-password.ts';
import { jvmArguments } from './jvm-arguments.ts';
import { rotateLegacyPassword } from './legacy-password.ts';
import { resolveLocalPassword } from './local-password.ts';
import { LocalNeo4jError } from './local-neo4j-error.ts';
import { renderNeo4jConf } from './neo4j-conf.ts';
import { assertPortsFree } from './port-availability.ts';
import { assertJavaAvailable, javaExecutable } from './prerequisites.ts';
import { RestartBudget } from './restart-budget.ts';
import { removeRunningServerNote, writeRunningServerNote } from './running-server-file.ts';
import { lastLines } from './run-command.ts';

export interface LocalNeo4jOptions {
  /** Folder for conf, data, logs and the cached classpath. */
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  username: string;
  /** NEO4J_PASSWORD when set; otherwise the server's own generated password (see local-password.ts). */
  password: string | undefined;
  database: string;
  startupTimeoutMs: number;
  /** Where the resolved jar list is cached; defaults to `home`. Throwaway servers share the project's. */
  classpathCacheDir?: string;
  /** Extra neo4j.conf lines (later features add a Browser post-connect command here). */
  extraConfLines?: readonly string[];
  /** Start the server again when its JVM dies (killed, out of memory) rather than by stop(). */
  restartWhenItDies?: boolean;
}

export interface LocalNeo4jServer {
  connection: Neo4jConnection;
  /** The file holding the generated password, when the password was not configured. */
  passwordFile?: string;
  browserUrl: string;
  /** The JVM's process id (a restart changes it). */
  readonly pid: number;
  /** Stops the server cleanly (closing its control pipe), killing it if it does not end in time. */
  stop(): Promise<void>;
}

const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-local');
const STOP_GRACE_MS = 60_000;
/** A server that dies is restarted after this pause, at most MAX_RESTARTS times per RESTART_WINDOW_MS. */
const RESTART_DELAY_MS = 1_000;
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 10 * 60_000;

/**
 * Starts a Neo4j Community server as a child JVM and resolves once Bolt accepts our credentials.
 * The child ends with this process: its stdin is a pipe only we hold (see neo4j-local/ParentWatch.java),
 * and a normal exit of this process also kills it.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions, logger: Logger): Promise<LocalNeo4jServer> {
  const java = javaExecutable();
  await assertJavaAvailable(java);
  await assertPortsFree([
    { port: options.boltPort, purpose: 'Neo4j Bolt', variable: 'LOCAL_NEO4J_BOLT_PORT' },
    { port: options.httpPort, purpose: 'Neo4j HTTP and Browser', variable: 'LOCAL_NEO4J_HTTP_PORT' },
  ]);

  const home = path.resolve(options.home);
  const confDir = path.join(home, 'conf');
  const dataDir = path.join(home, 'data');
  const logsDir = path.join(home, 'logs');
  await Promise.all([confDir, dataDir, logsDir].map((dir) => mkdir(dir, { recursive: true })));

  logger.info('resolving Neo4j jars (the first start downloads them from Maven Central)', { neo4jVersion: NEO4J_LOCAL_VERSION });
  const classpath = await resolveClasspath({
    launcherDir: LAUNCHER_DIR,
    cacheDir: options.classpathCacheDir ?? home,
    neo4jVersion: NEO4J_LOCAL_VERSION,
    browserVersion: NEO4J_BROWSER_VERSION,
  });

  await writeFile(
    path.join(confDir, 'neo4j.conf'),
    renderNeo4jConf({
      home,
      dataDir,
      logsDir,
      boltPort: options.boltPort,
      httpPort: options.httpPort,
      pageCache: options.pageCache,
      defaultDatabase: options.database,
      extraLines: options.extraConfLines ?? [],
    }),
  );
  // An argument file keeps the 200-jar classpath off the command line (and out of `ps`).
  const argumentFile = path.join(home, 'jvm-classpath.args');
  await writeFile(argumentFile, `-cp\n"${classpath.join(path.delimiter)}"\n`);
  const localPassword = await resolveLocalPassword({ home, dataDir, configured: options.password });
  await setInitialPasswordIfNew({ java, argumentFile, home, confDir, dataDir, password: localPassword.password });

  const consoleLog = path.join(logsDir, 'console.log');
  const places = { home, logsDir, consoleLog };
  const spawnServer = (): ChildProcess => spawnServerProcess({ java, heap: options.heap, argumentFile, home, confDir, consoleLog }, logger);
  let child = spawnServer();
  let stopping = false;
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const connection: Neo4jConnection = {
    uri: `bolt://localhost:${options.boltPort}`,
    username: options.username,
    password: localPassword.password,
    database: options.database,
  };
  const stop = async (): Promise<void> => {
    stopping = true;
    process.removeListener('exit', killOnExit);
    await removeRunningServerNote(home);
    await stopChild(child, logger);
  };

  logger.info('starting local Neo4j', { pid: child.pid, home, bolt: connection.uri, consoleLog });
  try {
    await waitUntilBoltAnswers(child, connection, options.startupTimeoutMs, places);
    await waitUntilHttpAnswers(options.httpPort, options.startupTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  if (localPassword.source === 'legacy' && localPassword.file !== undefined) {
    connection.password = await rotateLegacyPassword(connection, localPassword.file);
    logger.warn('the local Neo4j had the old fixed password; it now has a generated one', { passwordFile: localPassword.file });
  }
  const browserUrl = `http://localhost:${options.httpPort}/browser/`;
  await writeRunningServerNote(home, { ownerPid: process.pid, boltUri: connection.uri, browserUrl, startedAt: new Date().toISOString() });
  logger.info('local Neo4j is ready', { bolt: connection.uri, browser: browserUrl, pid: child.pid });

  if (options.restartWhenItDies === true) {
    const restarts = new RestartBudget(MAX_RESTARTS, RESTART_WINDOW_MS);
    const superviseChild = (current: ChildProcess): void => {
      current.once('exit', (code, signal) => {
        if (stopping) return;
        if (!restarts.take()) {
          logger.error('local Neo4j stopped again; not restarting it', {
            pid: current.pid,
            exitCode: code,
            signal,
            restartsInWindow: MAX_RESTARTS,
            hint: `it died ${MAX_RESTARTS + 1} times within ${RESTART_WINDOW_MS / 60_000} min: read ${consoleLog}, then restart Diplograph`,
          });
          return;
        }
        logger.error('local Neo4j stopped unexpectedly; restarting it', { pid: current.pid, exitCode: code, signal });
        void (async () => {
          await sleep(RESTART_DELAY_MS);
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- stop() may set it during the sleep; TypeScript keeps its narrowing across the await
          if (stopping) return;
          child = spawnServer();
          superviseChild(child);
          try {
            await waitUntilBoltAnswers(child, connection, options.startupTimeoutMs, places);
            logger.info('local Neo4j is ready again', { bolt: connection.uri, pid: child.pid });
          } catch (error) {
            logger.error('local Neo4j did not come back', { error: error instanceof Error ? error.message : String(error) });
          }
        })();
      });
    };
    superviseChild(child);
  }
  return {
    connection,
    passwordFile: localPassword.file,
    browserUrl,
    get pid() {
      return child.pid ?? -1;
    },
    stop,
  };
}

/** The JVM running Neo4j, its console output appended to consoleLog. */
function spawnServerProcess(
  settings: { java: string; heap: string; argumentFile: string; home: string; confDir: string; consoleLog: string },
  logger: Logger,
): ChildProcess {
  const consoleFd = openSync(settings.consoleLog, 'a');
  const child = spawn(
    settings.java,
    [
      ...jvmArguments(settings.heap),
      `@${settings.argumentFile}`,
      path.join(LAUNCHER_DIR, 'ParentWatch.java'),
      `--home-dir=${settings.home}`,
      `--config-dir=${settings.confDir}`,
    ],
    {
      cwd: settings.home,
      stdio: ['pipe', consoleFd, consoleFd],
      env: { ...process.env, NEO4J_HOME: settings.home, NEO4J_CONF: settings.confDir },
    },
  );
  closeSync(consoleFd);
  child.on('error', (error) => logger.error('local Neo4j process error', { error: error.message }));
  return child;
}

async function waitUntilBoltAnswers(
  child: ChildProcess,
  connection: Neo4jConnection,
  timeoutMs: number,
  places: { home: string; logsDir: string; consoleLog: string },
): Promise<void> {
  let exitCode: number | null | undefined;
  child.once('exit', (code, signal) => (exitCode = code ?? (signal ? -1 : null)));
  const deadline = Date.now() + timeoutMs;
  const driver = createDriver(connection);
  try {
    while (Date.now() < deadline) {
      if (exitCode !== undefined) {
        throw new LocalNeo4jError(
          `The local Neo4j stopped during start-up (exit code ${exitCode}). Its last words:\n${serverLogTail(places)}`,
          `read ${places.consoleLog} and ${path.join(places.logsDir, 'neo4j.log')}; ` +
            `if the store is damaged or from another version, delete ${path.join(places.home, 'data')} to start afresh.`,
        );
      }
      try {
        await verifyCredentials(driver);
        return;
      } catch (error) {
        if (isAuthenticationError(error)) {
          throw new LocalNeo4jError(
            `The local Neo4j in ${places.home} rejected user "${connection.username}": its data was initialised with another password.`,
            `set NEO4J_PASSWORD to the password it was created with, or delete ${path.join(places.home, 'data')} to start with an empty database.`,
            { cause: error },
          );
        }
      }
      await sleep(500);
    }
    throw new LocalNeo4jError(
      `The local Neo4j did not answer on ${connection.uri} within ${Math.round(timeoutMs / 1000)} s. Last log lines:\n${serverLogTail(places)}`,
      'raise LOCAL_NEO4J_STARTUP_TIMEOUT_SECONDS on a slow machine, or read the logs named above.',
    );
  } finally {
    await driver.close();
  }
}

/**
 * Neo4j opens its HTTP connector (Browser, the HTTP API) a moment after Bolt: "ready" waits for it too,
 * so that Browser opened at once does not meet a refused connection.
 */
async function waitUntilHttpAnswers(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new LocalNeo4jError(
    `The local Neo4j answers on Bolt but not on its HTTP port ${port} (Browser) within ${Math.round(timeoutMs / 1000)} s.`,
    'read the logs in the LOCAL_NEO4J_HOME logs folder, or raise LOCAL_NEO4J_STARTUP_TIMEOUT_SECONDS on a slow machine.',
  );
}

function serverLogTail(places: { logsDir: string; consoleLog: string }): string {
  return [places.consoleLog, path.join(places.logsDir, 'neo4j.log')]
    .filter((file) => existsSync(file))
    .map((file) => lastLines(readFileSync(file, 'utf8'), 8))
    .filter((text) => text.length > 0)
    .join('\n');
}

async function stopChild(child: ChildProcess, logger: Logger): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Closing the control pipe makes ParentWatch call System.exit, which runs Neo4j's clean shutdown.
  child.stdin?.end();
  const stoppedInTime = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS, undefined, { ref: false }).then(() => false)]);
  if (!stoppedInTime) {
    logger.warn('local Neo4j did not stop in time; killing it', { pid: child.pid });
    child.kill('SIGKILL');
    await exited;
  }
  logger.info('local Neo4j stopped', { pid: child.pid });
}
