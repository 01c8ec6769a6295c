import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../src/config/config-error.ts';
import { buildConfig, parseConfigValues } from '../../../src/config/load-config.ts';

const ROOT = '/srv/diplograph';
const configFrom = (environment: Record<string, string>) => buildConfig(parseConfigValues(environment), ROOT);

function errorFrom(environment: Record<string, string>): ConfigError {
  try {
    configFrom(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('defaults to a local Neo4j on 7687/7474 with its home under the project, its own generated password, and GraphQL on 4000', () => {
    const config = configFrom({});

    expect(config.neo4j).toMatchObject({
      kind: 'local',
      boltPort: 7687,
      httpPort: 7474,
      home: path.join(ROOT, '.neo4j'),
      username: 'neo4j',
      password: undefined,
      database: 'neo4j',
    });
    expect(config.api).toEqual({
      host: '127.0.0.1',
      port: 4000,
      limits: { queryTimeoutMs: 10_000, maxDepth: 12, maxCost: 20_000, maxAliases: 20, maxTokens: 3000 },
      access: { apiKey: undefined, publicQueries: true, corsOrigins: [], corsCredentials: false },
    });
    expect(config.logLevel).toBe('info');
  });

  it('uses the configured Neo4j when NEO4J_URI is set', () => {
    const config = configFrom({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'graph' });

    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j+s://abcd1234.databases.neo4j.io',
      username: 'neo4j',
      password: 'secret',
      database: 'graph',
    });
  });

  it('treats an empty NEO4J_URI as unset', () => {
    expect(configFrom({ NEO4J_URI: '' }).neo4j.kind).toBe('local');
  });

  it('accepts bolt, neo4j routing and Aura URIs', () => {
    for (const uri of ['bolt://localhost:7687', 'neo4j://cluster.internal:7687', 'neo4j+s://x.databases.neo4j.io', 'bolt+s://db:7687']) {
      expect(configFrom({ NEO4J_URI: uri, NEO4J_PASSWORD: 'p' }).neo4j).toMatchObject({ kind: 'external', uri });
    }
  });

  it('names the variable and the expected form of a wrong URI', () => {
    expect(errorFrom({ NEO4J_URI: 'http://localhost:7474' }).message).toBe(
      'Configuration error: NEO4J_URI got "http://localhost:7474": expected a Neo4j URI such as bolt://localhost:7687, ' +
        'neo4j://cluster:7687 or neo4j+s://xxxx.databases.neo4j.io. Fix it in the environment or in .env (see .env.example).',
    );
  });

  it('requires a password when NEO4J_URI is set', () => {
    const error = errorFrom({ NEO4J_URI: 'bolt://db:7687' });

    expect(error.variable).toBe('NEO4J_PASSWORD');
    expect(error.message).toContain('required when NEO4J_URI is set');
  });

  it('rejects a port that is not a number, with the variable name', () => {
    const error = errorFrom({ API_PORT: 'eighty' });

    expect(error.variable).toBe('API_PORT');
    expect(error.message).toContain('API_PORT got "eighty": expected a TCP port number (1-65535)');
  });

  it('rejects a port out of range', () => {
    expect(errorFrom({ LOCAL_NEO4J_BOLT_PORT: '70000' }).variable).toBe('LOCAL_NEO4J_BOLT_PORT');
  });

  it('rejects the same port for Bolt and HTTP', () => {
    expect(errorFrom({ LOCAL_NEO4J_BOLT_PORT: '7000', LOCAL_NEO4J_HTTP_PORT: '7000' }).message).toContain(
      'must differ from LOCAL_NEO4J_BOLT_PORT',
    );
  });

  it('rejects an unknown log level, listing the allowed ones', () => {
    expect(errorFrom({ LOG_LEVEL: 'verbose' }).message).toContain('expected one of debug, info, warn, error');
  });

  it('rejects a memory size without a unit', () => {
    expect(errorFrom({ LOCAL_NEO4J_HEAP: '1024' }).message).toContain('LOCAL_NEO4J_HEAP got "1024": expected a size such as 512m or 1g');
  });

  it('requires an API key when queries are not public', () => {
    expect(errorFrom({ API_PUBLIC_QUERIES: 'false' }).message).toContain('API_KEY not set: required when API_PUBLIC_QUERIES is false');
  });

  it('never repeats a short API key in an error', () => {
    const error = errorFrom({ API_KEY: 'tiny-key' });

    expect(error.message).toBe(
      'Configuration error: API_KEY got "(hidden)": expected at least 16 characters. Fix it in the environment or in .env (see .env.example).',
    );
  });

  it('never repeats a password in an error', () => {
    const error = errorFrom({ NEO4J_PASSWORD: 'short' });

    expect(error.message).not.toContain('short"');
    expect(error.message).toContain('at least 8 characters');
  });

  it('reads the allowed web origins as a list, trailing slashes aside', () => {
    const config = configFrom({ API_CORS_ORIGINS: ' https://a.example.org/, http://localhost:5173 ' });

    expect(config.api.access.corsOrigins).toEqual(['https://a.example.org', 'http://localhost:5173']);
  });

  it('rejects an origin with a path, saying what an origin looks like', () => {
    expect(errorFrom({ API_CORS_ORIGINS: 'https://a.example.org/app' }).message).toContain(
      'expected origins such as https://app.example.org',
    );
  });

  it('refuses credentials for any origin', () => {
    expect(errorFrom({ API_CORS_ORIGINS: '*', API_CORS_CREDENTIALS: 'true' }).message).toContain(
      'API_CORS_CREDENTIALS got "true": cannot be true while API_CORS_ORIGINS allows any origin (*)',
    );
  });
});
