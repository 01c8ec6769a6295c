import type { Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config/config.ts';
import type { Logger } from '../log/logger.ts';
import { browserStyleConfLine } from './browser-style.ts';
import { withDeadline } from './database-unavailable.ts';
import { createDriver, isAuthenticationError, verifyCredentials, type Neo4jConnection } from './driver.ts';
import { startLocalNeo4j } from './local-neo4j/local-neo4j-server.ts';
import { passwordFilePath, runningServerPassword } from './local-neo4j/local-password.ts';
import { readRunningServerNote } from './local-neo4j/running-server-file.ts';

/** How long `load`, `start` and the other commands wait for Neo4j to answer before saying it does not. */
const CONNECT_DEADLINE_MS = 15_000;
/** How long a command waits for the local server another process runs before saying it does not answer. */
const RUNNING_SERVER_CHECK_MS = 5_000;

export interface OpenNeo4j {
  driver: Driver;
  connection: Neo4jConnection;
  /** Neo4j Browser's address when we started the server; a configured server has its own. */
  browserUrl?: string;
  /** Where the local server's generated password is kept (for Browser); absent when it was configured. */
  passwordFile?: string;
  /** Closes the driver and, for a local server, stops it. */
  close(): Promise<void>;
}

/** A reason the configured Neo4j could not be used, worded for the user. */
export class Neo4jUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'Neo4jUnavailableError';
  }
}

/**
 * The database the program works on: the configured NEO4J_URI if there is one, otherwise a local
 * Community server started for this process. Resolves once Neo4j accepted our credentials.
 */
export interface OpenNeo4jOptions {
  /** A URL serving the Browser style; the local server makes Browser load it on connect. */
  browserStyleUrl?: string;
  /** For long-running commands: start the local server again when its JVM dies. */
  restartWhenItDies?: boolean;
}

export async function openNeo4j(target: Neo4jTarget, logger: Logger, options: OpenNeo4jOptions = {}): Promise<OpenNeo4j> {
  if (target.kind === 'local') {
    const running = await runningLocalServer(target, logger);
    if (running !== undefined) return running;
    const server = await startLocalNeo4j(
      {
        home: target.home,
        boltPort: target.boltPort,
        httpPort: target.httpPort,
        heap: target.heap,
        pageCache: target.pageCache,
        username: target.username,
        password: target.password,
        database: target.database,
        startupTimeoutMs: target.startupTimeoutMs,
        // Browser styles the graph (captions and colours per label) as soon as it connects.
        extraConfLines: options.browserStyleUrl ? [browserStyleConfLine(options.browserStyleUrl)] : [],
        restartWhenItDies: options.restartWhenItDies ?? false,
      },
      logger,
    );
    const driver = createDriver(server.connection);
    return {
      driver,
      connection: server.connection,
      browserUrl: server.browserUrl,
      passwordFile: server.passwordFile,
      close: async () => {
        await driver.close();
        await server.stop();
      },
    };
  }

  const connection: Neo4jConnection = { uri: target.uri, username: target.username, password: target.password, database: target.database };
  const driver = createDriver(connection);
  try {
    await withDeadline(verifyCredentials(driver), CONNECT_DEADLINE_MS, 'a connection');
  } catch (error) {
    // Closing waits for a connection attempt the server never answers; the error must not.
    void driver.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Neo4jUnavailableError(
      isAuthenticationError(error)
        ? `Neo4j at ${target.uri} refused user "${target.username}": ${reason}. Check NEO4J_USERNAME and NEO4J_PASSWORD.`
        : `Neo4j at ${target.uri} does not answer: ${reason}. Check NEO4J_URI, that the server runs, and the network; unset NEO4J_URI to use a local Neo4j instead.`,
      { cause: error },
    );
  }
  logger.info('connected to Neo4j', { uri: target.uri, database: target.database });
  return { driver, connection, close: () => driver.close() };
}

/**
 * The local server another Diplograph process (`npm start`, `npm run neo4j`) runs on the same home, when
 * its note is there, its owner lives and Bolt accepts the password: every command then works on the same
 * graph instead of failing on a taken port. Closing closes only our driver; the owner stops the server.
 */
async function runningLocalServer(target: Extract<Neo4jTarget, { kind: 'local' }>, logger: Logger): Promise<OpenNeo4j | undefined> {
  const note = readRunningServerNote(target.home);
  const password = runningServerPassword({ home: target.home, configured: target.password });
  if (note === undefined || password === undefined) return undefined;
  const connection: Neo4jConnection = { uri: note.boltUri, username: target.username, password, database: target.database };
  const driver = createDriver(connection);
  try {
    await withDeadline(verifyCredentials(driver), RUNNING_SERVER_CHECK_MS, 'a connection');
  } catch (error) {
    void driver.close().catch(() => undefined);
    if (isAuthenticationError(error)) {
      throw new Neo4jUnavailableError(
        `The local Neo4j that process ${note.ownerPid} runs at ${note.boltUri} refused user "${target.username}". ` +
          `Unset NEO4J_PASSWORD to use the password in ${passwordFilePath(target.home)}, or set it to the one that server was made with.`,
        { cause: error },
      );
    }
    // The owner lives but its server does not answer (starting, or restarting): start none of our own on
    // its store; say what is going on.
    throw new Neo4jUnavailableError(
      `The local Neo4j that process ${note.ownerPid} runs at ${note.boltUri} does not answer yet (${error instanceof Error ? error.message : String(error)}). ` +
        'Wait until it says it is ready and try again, or stop that process first.',
      { cause: error },
    );
  }
  logger.info('using the local Neo4j another Diplograph process runs', { bolt: note.boltUri, ownerPid: note.ownerPid });
  return { driver, connection, browserUrl: note.browserUrl, close: () => driver.close() };
}
