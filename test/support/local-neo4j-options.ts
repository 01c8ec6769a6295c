import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import type { LocalNeo4jOptions } from '../../src/graph/local-neo4j/local-neo4j-server.ts';
import { findFreePort } from '../../src/graph/local-neo4j/port-availability.ts';

/**
 * Options for a throwaway local Neo4j in `home`, on free ports, sharing the project's resolved jar list:
 * a small heap (tests start several), the generated password unless one is given.
 */
export async function throwawayLocalNeo4jOptions(home: string, overrides: Partial<LocalNeo4jOptions> = {}): Promise<LocalNeo4jOptions> {
  return {
    home,
    classpathCacheDir: path.join(PROJECT_ROOT, '.neo4j'),
    boltPort: await findFreePort(),
    httpPort: await findFreePort(),
    heap: '512m',
    pageCache: '128m',
    username: 'neo4j',
    password: undefined,
    database: 'neo4j',
    startupTimeoutMs: 600_000,
    ...overrides,
  };
}
