import type { Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config/config.ts';
import type { Logger } from '../log/logger.ts';
import { browserStyleConfLine } from './browser-style.ts';
import { withDeadline } from './database-unavailable.ts';
import { createDriver, isAuthenticationError, verifyCredentials, type Neo4jConnection } from './driver.ts';
import { startLocalNeo4j } from './local-neo4j/local-neo4j-server.ts';

/** How long `load`, `start` and the other commands wait for Neo4j to answer before saying it does not. */
const CONNECT_DEADLINE_MS = 15_000;

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
}

export async function openNeo4j(target: Neo4jTarget, logger: Logger, options: OpenNeo4jOptions = {}): Promise<OpenNeo4j> {
  if (target.kind === 'local') {
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
