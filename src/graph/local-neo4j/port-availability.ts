import net from 'node:net';
import { LocalNeo4jError } from './local-neo4j-error.ts';

/** Resolves true when nothing listens on host:port yet (we could bind it ourselves). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the operating system picks as free now; for tests and throwaway servers. */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function assertPortsFree(ports: ReadonlyArray<{ port: number; purpose: string; variable: string }>): Promise<void> {
  for (const { port, purpose, variable } of ports) {
    if (!(await isPortFree(port))) {
      throw new LocalNeo4jError(
        `Port ${port} (${purpose}) is already in use, so the local Neo4j cannot start.`,
        `stop what listens there (another Neo4j? \`ss -ltnp | grep ${port}\` shows it), choose another port with ${variable}, ` +
          'or point NEO4J_URI at the Neo4j that is already running.',
      );
    }
  }
}
