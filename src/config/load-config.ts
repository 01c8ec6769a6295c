import path from 'node:path';
import { config as readDotenv } from 'dotenv';
import { CONFIG_VARIABLES, type Config, type ConfigValues, type ConfigVariableName } from './config.ts';
import { ConfigError } from './config-error.ts';

/** Values never repeated in an error message. */
const SECRET_VARIABLES = new Set<ConfigVariableName>(['NEO4J_PASSWORD', 'API_KEY']);

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads `.env` (if present) under the given folder without overriding variables already set,
 * so that the real environment always wins over the file.
 */
export function readEnvironment(projectRoot: string, environment: NodeJS.ProcessEnv = process.env): Environment {
  const fromFile = readDotenv({ path: path.join(projectRoot, '.env'), processEnv: {}, quiet: true }).parsed ?? {};
  return { ...fromFile, ...environment };
}

/** Validates every variable; the first problem becomes a one-line ConfigError naming the variable. */
export function parseConfigValues(environment: Environment): ConfigValues {
  const values: Partial<Record<ConfigVariableName, unknown>> = {};
  for (const name of Object.keys(CONFIG_VARIABLES) as ConfigVariableName[]) {
    const raw = environment[name];
    const result = CONFIG_VARIABLES[name].schema.safeParse(raw);
    if (!result.success) {
      const reason = result.error.issues[0]?.message ?? 'invalid value';
      throw new ConfigError(name, SECRET_VARIABLES.has(name) ? '(hidden)' : raw, reason);
    }
    values[name] = result.data;
  }
  return values as ConfigValues;
}

/** Turns validated values into the grouped Config, checking the rules that span several variables. */
export function buildConfig(values: ConfigValues, projectRoot: string): Config {
  const api = {
    host: values.API_HOST,
    port: values.API_PORT,
    limits: {
      queryTimeoutMs: values.API_QUERY_TIMEOUT_SECONDS * 1000,
      maxDepth: values.API_MAX_DEPTH,
      maxCost: values.API_MAX_COST,
      maxAliases: values.API_MAX_ALIASES,
      maxTokens: values.API_MAX_TOKENS,
    },
    access: {
      apiKey: values.API_KEY,
      publicQueries: values.API_PUBLIC_QUERIES,
      corsOrigins: values.API_CORS_ORIGINS,
      corsCredentials: values.API_CORS_CREDENTIALS,
    },
  };
  const common = { username: values.NEO4J_USERNAME, database: values.NEO4J_DATABASE };
  const articlesOnStart = values.ARTICLES_ON_START.map((item) => path.resolve(projectRoot, item));

  if (values.API_CORS_CREDENTIALS && values.API_CORS_ORIGINS.includes('*')) {
    throw new ConfigError(
      'API_CORS_CREDENTIALS',
      'true',
      'cannot be true while API_CORS_ORIGINS allows any origin (*): name the origins instead',
    );
  }
  if (!values.API_PUBLIC_QUERIES && values.API_KEY === undefined) {
    throw new ConfigError('API_KEY', undefined, 'required when API_PUBLIC_QUERIES is false, or nobody could query');
  }
  if (values.NEO4J_URI !== undefined) {
    if (values.NEO4J_PASSWORD === undefined) {
      throw new ConfigError('NEO4J_PASSWORD', undefined, `required when NEO4J_URI is set (${values.NEO4J_URI})`);
    }
    return {
      neo4j: { kind: 'external', uri: values.NEO4J_URI, password: values.NEO4J_PASSWORD, ...common },
      articlesOnStart,
      api,
      logLevel: values.LOG_LEVEL,
    };
  }

  const password = values.NEO4J_PASSWORD;
  if (password !== undefined && password.length < 8) {
    throw new ConfigError('NEO4J_PASSWORD', '(hidden)', 'the local Neo4j needs a password of at least 8 characters');
  }
  if (values.LOCAL_NEO4J_BOLT_PORT === values.LOCAL_NEO4J_HTTP_PORT) {
    throw new ConfigError('LOCAL_NEO4J_HTTP_PORT', String(values.LOCAL_NEO4J_HTTP_PORT), 'must differ from LOCAL_NEO4J_BOLT_PORT');
  }
  return {
    neo4j: {
      kind: 'local',
      password,
      ...common,
      boltPort: values.LOCAL_NEO4J_BOLT_PORT,
      httpPort: values.LOCAL_NEO4J_HTTP_PORT,
      home: path.resolve(projectRoot, values.LOCAL_NEO4J_HOME),
      heap: values.LOCAL_NEO4J_HEAP,
      pageCache: values.LOCAL_NEO4J_PAGECACHE,
      startupTimeoutMs: values.LOCAL_NEO4J_STARTUP_TIMEOUT_SECONDS * 1000,
    },
    articlesOnStart,
    api,
    logLevel: values.LOG_LEVEL,
  };
}

/** Environment and `.env` to a validated Config, or a ConfigError with one line to show the user. */
export function loadConfig(projectRoot: string, environment: NodeJS.ProcessEnv = process.env): Config {
  return buildConfig(parseConfigValues(readEnvironment(projectRoot, environment)), projectRoot);
}
