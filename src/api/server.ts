import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { checkDatabaseHealth } from '../graph/health.ts';
import type { Logger } from '../log/logger.ts';
import type { ApiContext } from './context.ts';
import { buildApiSchema } from './schema.ts';

export interface ApiServerOptions {
  driver: Driver;
  database: string;
  logger: Logger;
  host: string;
  port: number;
}

export interface RunningApiServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const GRAPHIQL_DEFAULT_QUERY = `# Diplograph: is the service up, and which Neo4j is behind it?
query Health {
  health {
    status
    database { reachable version edition schemaVersion latencyMs }
  }
}
`;

/**
 * GraphQL over HTTP with graphql-yoga: /graphql (GraphiQL in a browser), /health (the process answers)
 * and /ready (Neo4j answers too; 503 otherwise, so a load balancer stops sending traffic).
 */
export function createApi(options: Pick<ApiServerOptions, 'driver' | 'database' | 'logger'>) {
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildApiSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'Diplograph', defaultQuery: GRAPHIQL_DEFAULT_QUERY },
    maskedErrors: true,
    logging: false,
    context: ({ request }) => ({
      driver: options.driver,
      database: options.database,
      logger: options.logger.child({ requestId: request.headers.get('x-request-id') ?? randomUUID() }),
    }),
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => (await checkDatabaseHealth(options.driver, options.database)).reachable,
      }),
    ],
  });
}

export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const yoga = createApi(options);
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} on ${options.host} is already in use, so GraphQL cannot be served. Stop what listens there or set API_PORT.`)
          : error,
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
