/**
 * The single source of Diplograph's settings: every environment variable, its meaning and its default.
 *
 * `.env.example` documents exactly these variables (a unit test keeps the two in step), and
 * `load-config.ts` validates them at start so that a wrong value stops the program with one clear line.
 */
import { z } from 'zod';

/** The Neo4j release used everywhere: docker compose, testcontainers and the local server. */
export const NEO4J_SERIES = '5.26';
/** The exact Community server version the local launcher resolves from Maven Central. */
export const NEO4J_LOCAL_VERSION = '5.26.30';
/** Neo4j Browser from Maven Central (its newest release there; it connects to any 5.x server). */
export const NEO4J_BROWSER_VERSION = '5.24.0';
/** The Docker image for compose and testcontainers: the 5.26 LTS line, Community edition. */
export const NEO4J_DOCKER_IMAGE = `neo4j:${NEO4J_SERIES}-community`;

const port = z.coerce
  .number({ message: 'expected a TCP port number (1-65535)' })
  .int('expected a whole port number')
  .min(1, 'expected a TCP port number (1-65535)')
  .max(65535, 'expected a TCP port number (1-65535)');

const memorySize = z.string().regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 1g');

const wholeNumberAtLeast = (minimum: number) =>
  z.coerce.number({ message: 'expected a whole number' }).int('expected a whole number').min(minimum, `expected at least ${minimum}`);

const trueOrFalse = z.enum(['true', 'false'], { message: 'expected true or false' });

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const neo4jUri = z
  .string()
  .trim()
  .regex(
    /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/,
    'expected a Neo4j URI such as bolt://localhost:7687, neo4j://cluster:7687 or neo4j+s://xxxx.databases.neo4j.io',
  );

/**
 * One entry per variable. `description` is what `.env.example` and the README say about it;
 * `schema` parses the raw string (or its absence) into the typed value.
 */
export const CONFIG_VARIABLES = {
  NEO4J_URI: {
    description: 'Neo4j to use (bolt://, neo4j:// routing or neo4j+s:// Aura). Unset: the project starts its own local Neo4j.',
    example: 'bolt://localhost:7687',
    schema: z.union([neo4jUri, z.literal('').transform(() => undefined)]).optional(),
  },
  NEO4J_USERNAME: {
    description: 'Neo4j user name.',
    example: 'neo4j',
    schema: z.string().trim().min(1, 'expected a user name').default('neo4j'),
  },
  NEO4J_PASSWORD: {
    description:
      'Neo4j password. Required with NEO4J_URI. For the local server: unset, it gets a random password kept in LOCAL_NEO4J_HOME/neo4j-password; set, it becomes the initial password (8+ characters).',
    example: 'a-long-random-secret',
    schema: optionalText,
  },
  NEO4J_DATABASE: {
    description: 'Database name inside Neo4j.',
    example: 'neo4j',
    schema: z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'expected a Neo4j database name such as neo4j')
      .default('neo4j'),
  },
  LOCAL_NEO4J_BOLT_PORT: {
    description: 'Bolt port of the local Neo4j server (used only when NEO4J_URI is unset).',
    example: '7687',
    schema: port.default(7687),
  },
  LOCAL_NEO4J_HTTP_PORT: {
    description: 'HTTP port of the local Neo4j server; Neo4j Browser is at http://localhost:<port>/browser/.',
    example: '7474',
    schema: port.default(7474),
  },
  LOCAL_NEO4J_HOME: {
    description: 'Folder for the local server: data, logs, generated neo4j.conf, cached classpath (git-ignored).',
    example: '.neo4j',
    schema: z.string().trim().min(1, 'expected a folder path').default('.neo4j'),
  },
  LOCAL_NEO4J_HEAP: {
    description: 'Java heap of the local server.',
    example: '1g',
    schema: memorySize.default('1g'),
  },
  LOCAL_NEO4J_PAGECACHE: {
    description: 'Page cache of the local server.',
    example: '512m',
    schema: memorySize.default('512m'),
  },
  LOCAL_NEO4J_STARTUP_TIMEOUT_SECONDS: {
    description: 'How long to wait for the local server to answer on Bolt (the first start also downloads jars).',
    example: '600',
    schema: z.coerce.number({ message: 'expected a number of seconds' }).int().min(5, 'expected at least 5 seconds').default(600),
  },
  API_HOST: {
    description: 'Interface the GraphQL server listens on (0.0.0.0 inside containers).',
    example: '127.0.0.1',
    schema: z.string().trim().min(1, 'expected a host name or address').default('127.0.0.1'),
  },
  API_PORT: {
    description: 'Port of the GraphQL server: http://localhost:<port>/graphql.',
    example: '4000',
    schema: port.default(4000),
  },
  API_QUERY_TIMEOUT_SECONDS: {
    description:
      'Longest a GraphQL request waits on a Neo4j read: Neo4j ends the transaction after it, and the service answers DATABASE_UNAVAILABLE (HTTP 503) if Neo4j has not answered 3 s later (down or paused; Neo4j checks timeouts every 2 s).',
    example: '10',
    schema: z.coerce
      .number({ message: 'expected a number of seconds' })
      .positive('expected a positive number of seconds')
      .max(300, 'expected at most 300 seconds')
      .default(10),
  },
  API_MAX_DEPTH: {
    description: 'Deepest field nesting a GraphQL operation may have.',
    example: '12',
    schema: wholeNumberAtLeast(2).default(12),
  },
  API_MAX_COST: {
    description: 'Highest estimated cost of one GraphQL operation (GraphQL Armor estimate: objects 2, scalars 1, growing with depth).',
    example: '20000',
    schema: wholeNumberAtLeast(100).default(20000),
  },
  API_MAX_ALIASES: {
    description: 'Most aliases one GraphQL operation may use.',
    example: '20',
    schema: wholeNumberAtLeast(1).default(20),
  },
  API_MAX_TOKENS: {
    description: 'Most lexical tokens one GraphQL document may have.',
    example: '3000',
    schema: wholeNumberAtLeast(100).default(3000),
  },
  API_KEY: {
    description: 'Key that mutations (and private queries) require, sent as "Authorization: Bearer <key>". Unset: mutations are refused.',
    example: 'a-long-random-secret',
    schema: z
      .string()
      .trim()
      .transform((value) => (value === '' ? undefined : value))
      .pipe(z.string().min(16, 'expected at least 16 characters').optional())
      .optional(),
  },
  API_PUBLIC_QUERIES: {
    description: 'Whether queries are open to anyone (true) or need API_KEY too (false).',
    example: 'true',
    schema: trueOrFalse.default('true').transform((value) => value === 'true'),
  },
  API_CORS_ORIGINS: {
    description:
      "Web origins (scheme://host[:port], comma-separated) whose pages may call the API from a browser; * for any origin (never with credentials). Unset: only the API's own origin (GraphiQL).",
    example: 'https://analyst.example.org,http://localhost:5173',
    schema: z
      .string()
      .trim()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim().replace(/\/$/, ''))
          .filter((origin) => origin !== ''),
      )
      .pipe(
        z.array(
          z.union([
            z.literal('*'),
            z
              .string()
              .regex(
                /^https?:\/\/[^\s/?#]+$/,
                'expected origins such as https://app.example.org or http://localhost:5173, comma-separated, or *',
              ),
          ]),
        ),
      ),
  },
  API_CORS_CREDENTIALS: {
    description:
      'Whether browsers may send cookies or HTTP authentication with cross-origin requests from API_CORS_ORIGINS (the API key header needs no credentials).',
    example: 'false',
    schema: trueOrFalse.default('false').transform((value) => value === 'true'),
  },
  ARTICLES_ON_START: {
    description:
      'Articles that `start` loads before serving, as comma-separated files or folders (relative to the project). Already loaded, unchanged articles are skipped. Empty: load nothing.',
    example: 'data/samples',
    schema: z
      .string()
      .default('data/samples')
      .transform((value) =>
        value
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item.length > 0),
      ),
  },
  LOG_LEVEL: {
    description: 'Least severe log level written: debug, info, warn or error.',
    example: 'info',
    schema: z.enum(['debug', 'info', 'warn', 'error'], { message: 'expected one of debug, info, warn, error' }).default('info'),
  },
} as const;

export type ConfigVariableName = keyof typeof CONFIG_VARIABLES;

/** The raw, validated values, one per variable. */
export type ConfigValues = {
  [Name in ConfigVariableName]: z.output<(typeof CONFIG_VARIABLES)[Name]['schema']>;
};

/** A configured Neo4j, or the local server the project starts itself. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; username: string; password: string; database: string }
  | {
      kind: 'local';
      username: string;
      /** NEO4J_PASSWORD if set; undefined: the server's generated password, kept in its home folder. */
      password: string | undefined;
      database: string;
      boltPort: number;
      httpPort: number;
      home: string;
      heap: string;
      pageCache: string;
      startupTimeoutMs: number;
    };

/** What the rest of the program reads: grouped, typed, no raw strings left to parse. */
/** Bounds every GraphQL request must stay within. */
export interface ApiLimits {
  queryTimeoutMs: number;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
}

/** Who may do what: mutations always need the key; queries only when not public. */
export interface ApiAccess {
  apiKey: string | undefined;
  publicQueries: boolean;
  /** Origins allowed to read the API from a browser ('*' = any); empty: same origin only. */
  corsOrigins: string[];
  corsCredentials: boolean;
}

export interface Config {
  neo4j: Neo4jTarget;
  /** Absolute paths of the files and folders `start` loads. */
  articlesOnStart: string[];
  api: { host: string; port: number; limits: ApiLimits; access: ApiAccess };
  logLevel: ConfigValues['LOG_LEVEL'];
}

/**
 * The NEO4J_* variables that point a child `diplograph` process at an open database (never at a second
 * local server of its own).
 */
export function neo4jVariables(connection: { uri: string; username: string; password: string; database: string }): Record<string, string> {
  return {
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
  };
}

/**
 * Largest article the extractor accepts, in bytes of input. News articles are a few kilobytes; a page
 * above this is almost surely not one article (a dump, a book, a binary), and refusing it keeps one
 * request from holding the extractor for long.
 */
export const MAX_ARTICLE_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * How ingestArticle extracts, off the event loop in a worker thread: the longest one article may take
 * (the largest accepted article, 5 MB, takes some 10 s on a busy 2-core machine), the heap it may use,
 * and how long an idle thread keeps the extractor's memory before it ends.
 */
export const INGEST_EXTRACTION = { budgetMs: 60_000, maxHeapMb: 768, idleMs: 60_000 } as const;

/**
 * Longest string a GraphQL argument may carry (ids, names, keys, cursors, dates, search text), checked
 * before any resolver runs. The longest official name in the knowledge base is far shorter; an article's
 * text (ingestArticle) is bounded by MAX_ARTICLE_INPUT_BYTES instead.
 */
export const MAX_ARGUMENT_CHARACTERS = 1000;

/** Most characters of a client's own input an error message quotes back. */
export const MAX_QUOTED_INPUT_CHARACTERS = 80;

/**
 * Largest HTTP request body the API reads, in bytes: room for the largest article in a JSON string even
 * when a client escapes much of it (\uXXXX), far below what would strain the process.
 */
export const MAX_REQUEST_BODY_BYTES = 32 * 1024 * 1024;
