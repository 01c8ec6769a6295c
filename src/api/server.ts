import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../knowledge/load-knowledge.ts';
import { checkDatabaseHealth } from '../graph/health.ts';
import { createGraphReader } from '../graph/read/graph-reader.ts';
import { INGEST_EXTRACTION, MAX_REQUEST_BODY_BYTES, type ApiAccess, type ApiLimits } from '../config/config.ts';
import { buildConfig, parseConfigValues } from '../config/load-config.ts';
import { PROJECT_ROOT } from '../config/project-root.ts';
import type { Logger } from '../log/logger.ts';
import type { ApiContext } from './context.ts';
import { apiErrorMasker } from './error-masking.ts';
import { ExtractionThread } from './ingest/extraction-thread.ts';
import { createLoaders } from './loaders.ts';
import { argumentLengthLimitPlugin } from './plugins/argument-length-limit.ts';
import { apiKeyAccessPlugin, keyMatches, presentedKey } from './plugins/api-key-access.ts';
import { browserStylePlugin } from './plugins/browser-style.ts';
import { compiledExecutionPlugin } from './plugins/compiled-execution.ts';
import { crossOriginPolicy } from './plugins/cross-origin.ts';
import { jsonOnlyPostsPlugin } from './plugins/json-only-posts.ts';
import { noSubscriptionsPlugin } from './plugins/no-subscriptions.ts';
import { assignedRequestId, requestLogPlugin } from './plugins/request-log.ts';
import { requestBodyLimitPlugin } from './plugins/request-body-limit.ts';
import { queryLimitPlugins } from './plugins/query-limits.ts';
import { readinessCheckPlugin } from './plugins/readiness-check.ts';
import { buildApiSchema, SCHEMA_DIR } from './schema.ts';

export interface ApiServerOptions {
  driver: Driver;
  database: string;
  logger: Logger;
  host: string;
  port: number;
  /** Timeout of every Neo4j read and the other bounds of a request (config API_*). */
  limits?: ApiLimits;
  /** The API key, whether queries are public and which origins may call (config API_KEY, API_PUBLIC_QUERIES, API_CORS_*); unset parts take config.ts's defaults. */
  access?: Partial<ApiAccess>;
  /** Called once per Cypher query a request sends (tests count round trips with it). */
  onQuery?: (name: string) => void;
  /** Largest request body read (default MAX_REQUEST_BODY_BYTES); larger ones are answered 413. */
  maxRequestBodyBytes?: number;
  /** Where ingestArticle extracts (default: a worker thread with config.ts's INGEST_EXTRACTION bounds). */
  extraction?: ExtractionThread;
}

/** config.ts's defaults, for callers (tests) that pass no limits or access. */
const DEFAULT_API = buildConfig(parseConfigValues({}), PROJECT_ROOT).api;
export const DEFAULT_API_LIMITS: ApiLimits = DEFAULT_API.limits;

export interface RunningApiServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Example operations shown in GraphiQL; a unit test validates them against the schema. */
export const GRAPHIQL_EXAMPLES_FILE = path.join(SCHEMA_DIR, 'examples', 'graphiql.graphql');

/**
 * GraphQL over HTTP with graphql-yoga: /graphql (GraphiQL in a browser), /health (the process answers)
 * and /ready (Neo4j answers too; 503 otherwise, so a load balancer stops sending traffic).
 */
export function createApi(
  options: Pick<
    ApiServerOptions,
    'driver' | 'database' | 'logger' | 'limits' | 'access' | 'onQuery' | 'maxRequestBodyBytes' | 'extraction'
  >,
) {
  const limits = options.limits ?? DEFAULT_API_LIMITS;
  const access: ApiAccess = { ...DEFAULT_API.access, ...options.access };
  let knowledge: KnowledgeBase | undefined;
  const knowledgeBase = (): KnowledgeBase => (knowledge ??= loadKnowledgeBase());
  const extraction = options.extraction ?? new ExtractionThread(INGEST_EXTRACTION);
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildApiSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    cors: crossOriginPolicy(access),
    graphiql: { title: 'Diplograph', defaultQuery: readFileSync(GRAPHIQL_EXAMPLES_FILE, 'utf8') },
    // GraphiQL with its scripts, styles and workers inside the page, so that it works with no internet
    // (yoga's default page loads them from a public CDN and stays blank offline).
    renderGraphiQL,
    maskedErrors: { maskError: apiErrorMasker(options.logger, limits.queryTimeoutMs) },
    logging: false,
    // requestBodyLimitPlugin below enforces the limit more cheaply.
    maxRequestBodySize: false,
    context: ({ request }) => {
      const reader = createGraphReader(options.driver, options.database, {
        timeoutMs: limits.queryTimeoutMs,
        ...(options.onQuery ? { onQuery: options.onQuery } : {}),
      });
      return {
        driver: options.driver,
        database: options.database,
        reader,
        loaders: createLoaders(reader),
        authorized: keyMatches(access.apiKey, presentedKey(request)),
        logger: options.logger.child({ requestId: assignedRequestId(request) }),
        knowledge: knowledgeBase,
        extraction,
      };
    },
    plugins: [
      requestLogPlugin(options.logger),
      requestBodyLimitPlugin(options.maxRequestBodyBytes ?? MAX_REQUEST_BODY_BYTES),
      jsonOnlyPostsPlugin(),
      browserStylePlugin(),
      noSubscriptionsPlugin(),
      argumentLengthLimitPlugin(),
      apiKeyAccessPlugin(access),
      ...queryLimitPlugins(limits),
      compiledExecutionPlugin(options.logger),
      readinessCheckPlugin('/ready', async () => (await checkDatabaseHealth(options.driver, options.database)).reachable),
    ],
  });
}

export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const extraction = options.extraction ?? new ExtractionThread(INGEST_EXTRACTION);
  const yoga = createApi({ ...options, extraction });
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Yoga's documented Node setup: Yoga turns its own errors into responses
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${options.port} on ${options.host} is already in use, so GraphQL cannot be served. Stop what listens there or set API_PORT.`,
            )
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
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await extraction.close();
    },
  };
}
