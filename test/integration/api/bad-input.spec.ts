import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ENGLISH_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { deleteAllData, graphSize, openTestDatabase } from '../../support/test-database.ts';

const API_KEY = 'bad-input-key-0123456789';
const KEY = { authorization: `Bearer ${API_KEY}` };
const JSON_TYPE = { 'content-type': 'application/json' };
const STRICT = { ...JSON_TYPE, accept: 'application/graphql-response+json' };
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }';
const REMOVE = 'mutation($id: ID!) { removeArticle(id: $id) { removed } }';

/**
 * One bad request: how it is sent, and the status and error code it must get. Requests refused before
 * execution answer 4xx (GraphQL over HTTP, for clients that accept application/graphql-response+json);
 * an argument a resolver refuses is an execution error, HTTP 200 with `data: null` and the code.
 */
interface BadRequest {
  kind: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Query string for GET. */
  search?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  /** The first error's extensions.code; undefined when the answer is not a GraphQL error body. */
  code?: string;
}

const post = (payload: unknown, headers: Record<string, string> = STRICT): Pick<BadRequest, 'method' | 'headers' | 'body'> => ({
  method: 'POST',
  headers,
  body: JSON.stringify(payload),
});

const BAD_REQUESTS: BadRequest[] = [
  { kind: 'a body that is not JSON', method: 'POST', headers: STRICT, body: '{"query": ', status: 400 },
  { kind: 'an empty body', method: 'POST', headers: STRICT, body: '', status: 400 },
  { kind: 'a JSON array of operations (batching is off)', ...post([{ query: '{ health { status } }' }]), status: 400 },
  { kind: 'no query at all', ...post({ variables: {} }), status: 400 },
  { kind: 'a query that is not a string', ...post({ query: 42 }), status: 400 },
  { kind: 'variables that are not an object', ...post({ query: '{ health { status } }', variables: 'x' }), status: 400 },
  { kind: 'a query with a syntax error', ...post({ query: '{ health { ' }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { kind: 'a field the schema does not have', ...post({ query: '{ nothing }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    kind: 'a variable of the wrong type',
    ...post({ query: 'query($n: Int) { search(text: "Tokayev", first: $n) { score } }', variables: { n: 'ten' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'a required variable left out',
    ...post({ query: 'query($k: String!) { country(key: $k) { id } }' }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { kind: 'an operation name the document lacks', ...post({ query: 'query A { health { status } }', operationName: 'B' }), status: 400 },
  {
    kind: 'two operations and no operation name',
    ...post({ query: 'query A { health { status } } query B { health { status } }' }),
    status: 400,
  },
  {
    kind: 'a mutation over GET',
    method: 'GET',
    search: { query: 'mutation { removeArticle(id: "x") { removed } }' },
    headers: KEY,
    status: 405,
  },
  {
    kind: 'a mutation without the API key',
    ...post({ query: REMOVE, variables: { id: ENGLISH_REPORT.id } }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    kind: 'a mutation with a wrong API key',
    ...post({ query: REMOVE, variables: { id: ENGLISH_REPORT.id } }, { ...STRICT, authorization: 'Bearer wrong-key' }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  { kind: 'a subscription', ...post({ query: 'subscription { health { status } }' }), status: 400, code: 'SUBSCRIPTIONS_NOT_SUPPORTED' },
  {
    kind: 'a form-encoded POST',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...KEY },
    body: 'query=%7B%20health%20%7B%20status%20%7D%20%7D',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    kind: 'a text/plain POST',
    method: 'POST',
    headers: { 'content-type': 'text/plain', ...KEY },
    body: JSON.stringify({ query: REMOVE, variables: { id: ENGLISH_REPORT.id } }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    kind: 'an application/graphql POST',
    method: 'POST',
    headers: { 'content-type': 'application/graphql' },
    body: '{ health { status } }',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  { kind: 'a PUT', method: 'PUT', headers: STRICT, body: JSON.stringify({ query: '{ health { status } }' }), status: 405 },
  {
    kind: 'a body over the size limit',
    ...post({ query: '{ health { status } }', variables: { pad: 'x'.repeat(33 * 1024 * 1024) } }),
    status: 413,
  },
  {
    kind: 'a query nested too deep',
    ...post({
      query: `{ whoMet(party: { key: "KZ" }) { edges { node { counterpart { ... on Country { events { place { country { events { place { country { events { place { name } } } } } } } } } } } } } }`,
    }),
    status: 400,
    code: 'QUERY_TOO_DEEP',
  },
  {
    kind: 'too many aliases',
    ...post({ query: `{ ${Array.from({ length: 21 }, (_, index) => `a${index}: health { status }`).join(' ')} }` }),
    status: 400,
    code: 'TOO_MANY_ALIASES',
  },
  { kind: 'a query too long', ...post({ query: `{ ${'health { status } '.repeat(1100)}}` }), status: 400, code: 'QUERY_TOO_LONG' },
  {
    kind: 'a 10 MB lookup key',
    ...post({ query: 'query($k: String!) { country(key: $k) { id } }', variables: { k: 'K'.repeat(10 * 1024 * 1024) } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'a search text over 1,000 characters',
    ...post({ query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: 'Tokayev '.repeat(200) } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'a negative page size',
    ...post({ query: '{ whoMet(party: { key: "KZ" }, first: -1) { totalCount } }' }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'a page size of a billion',
    ...post({ query: '{ whoMet(party: { key: "KZ" }, first: 1000000000) { totalCount } }' }),
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    kind: 'a page size over the largest page',
    ...post({ query: '{ whoMet(party: { key: "KZ" }, first: 101) { totalCount } }' }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'a cursor that was never given out',
    ...post({ query: '{ whoMet(party: { key: "KZ" }, after: "not-a-cursor") { totalCount } }' }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'a date that is no date',
    ...post({ query: '{ timeline(entity: { key: "KZ" }, from: "2022-13-45") { totalCount } }' }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'a key that names nothing',
    ...post({ query: '{ whoMet(party: { key: "Nobody Atall" }) { totalCount } }' }),
    status: 200,
    code: 'NOT_FOUND',
  },
  {
    kind: 'a date variable that is no date',
    ...post({ query: 'query($f: EventFilter) { events(filter: $f) { totalCount } }', variables: { f: { to: '2022-02-30' } } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'an enum value in lower case',
    ...post({ query: '{ events(filter: { status: held }) { totalCount } }' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    kind: 'an enum value as a string variable of another spelling',
    ...post({
      query: 'query($k: AgreementKind) { agreements(filter: { kind: $k }) { totalCount } }',
      variables: { k: 'joint_declaration' },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'both an id and a key for one party',
    ...post({ query: '{ whoMet(party: { id: "country:kz", key: "KZ" }) { totalCount } }' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  // graphql-jit does not check @oneOf in variables: the resolver refuses it, having read nothing.
  {
    kind: 'both an id and a key in a variable',
    ...post({ query: 'query($p: NodeRef!) { whoMet(party: $p) { totalCount } }', variables: { p: { id: 'country:kz', key: 'KZ' } } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  { kind: 'an id given as a key', ...post({ query: '{ country(key: "country:kz") { id } }' }), status: 200, code: 'BAD_USER_INPUT' },
  {
    kind: 'a key shaped like Cypher',
    ...post({
      query: 'query($p: String!) { whoMet(party: { key: $p }) { totalCount } }',
      variables: { p: '"}) MATCH (n) DETACH DELETE n //' },
    }),
    status: 200,
    code: 'NOT_FOUND',
  },
  {
    kind: 'a key of control characters',
    ...post({ query: 'query($p: String!) { whoMet(party: { key: $p }) { totalCount } }', variables: { p: '\u0000\u0007\u001b[31m' } }),
    status: 200,
    code: 'NOT_FOUND',
  },
  {
    kind: 'more hops than paths allow',
    ...post({ query: '{ paths(from: { key: "KZ" }, to: { key: "TR" }, maxHops: 50) { length } }' }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'an empty article',
    ...post({ query: INGEST, variables: { input: { text: '   ' } } }, { ...STRICT, ...KEY }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'a binary article',
    ...post({ query: INGEST, variables: { input: { text: 'PK\u0003\u0004\u0000\u0000binary\u0000data' } } }, { ...STRICT, ...KEY }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'a navigation-only page',
    ...post(
      {
        query: INGEST,
        variables: { input: { text: '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>', format: 'HTML' } },
      },
      { ...STRICT, ...KEY },
    ),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'an article over 5 MB',
    ...post({ query: INGEST, variables: { input: { text: 'Tokayev met Erdogan. '.repeat(260_000) } } }, { ...STRICT, ...KEY }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'an unknown format',
    ...post({ query: INGEST, variables: { input: { text: 'Tokayev met Erdogan.', format: 'PDF' } } }, { ...STRICT, ...KEY }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
];

describe('bad input of every kind', () => {
  let driver: Driver;
  let database: string;
  let api: RunningApiServer;

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    api = await startApiServer({
      driver,
      database,
      logger: silentLogger,
      host: '127.0.0.1',
      port: await findFreePort(),
      access: { apiKey: API_KEY },
    });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('has at least 30 kinds in its table', () => {
    expect(BAD_REQUESTS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BAD_REQUESTS.map((request) => [request.kind, request] as const))(
    '%s: answers its status and code, and changes nothing',
    async (_kind, request) => {
      const before = await graphSize(driver, database);
      const url = new URL(api.url);
      for (const [name, value] of Object.entries(request.search ?? {})) url.searchParams.set(name, value);

      const response = await fetch(url, { method: request.method ?? 'POST', headers: request.headers, body: request.body ?? null });
      const text = await response.text();

      expect(response.status).toBe(request.status);
      if (request.code !== undefined) {
        const body = JSON.parse(text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
        expect(body.errors?.[0]?.extensions?.code).toBe(request.code);
        expect(body.errors?.[0]?.message.length).toBeGreaterThan(10);
      }
      // No answer echoes a flood back.
      expect(text.length).toBeLessThan(2000);
      expect(await graphSize(driver, database)).toEqual(before);
    },
  );
});
