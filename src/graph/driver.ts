import neo4j, { type Driver } from 'neo4j-driver';

/** Where and how to reach Neo4j, whoever started it. */
export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/**
 * One driver per process: it pools connections and, with a neo4j:// URI, routes reads to secondaries.
 * Integers come back as JavaScript numbers: every count and offset we store fits in 2^53.
 */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    disableLosslessIntegers: true,
    userAgent: 'diplograph',
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    // A server that accepts and never answers (paused, or a wrong port) must fail a connection in
    // seconds, not the driver's default 30 s per attempt.
    connectionTimeout: 10_000,
    // A transaction is retried (deadlocks between concurrent loads, a leader switch) for at most this
    // long; a database that has gone away fails the command in seconds rather than after 30 s.
    maxTransactionRetryTime: 10_000,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Neo4j error codes that mean the credentials, not the network, are wrong. */
export function isAuthenticationError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Security.');
}

/**
 * Resolves once Neo4j accepts the driver's credentials; rejects with a Security error when it refuses
 * them. The driver's verifyAuthentication *resolves false* on refused credentials instead of rejecting,
 * which reads as success to anyone who only awaits it.
 */
export async function verifyCredentials(driver: Driver): Promise<void> {
  if (await driver.verifyAuthentication()) return;
  throw Object.assign(new Error('Neo4j refused the user name or password'), { code: 'Neo.ClientError.Security.Unauthorized' });
}
