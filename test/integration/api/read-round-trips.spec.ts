import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { loadReferenceData } from '../../../src/graph/load/reference-data.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { REFERENCE } from '../../fixtures/reference-data.ts';
import { ASTANA_REPORT, ENGLISH_REPORT, UKRAINIAN_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { postGraphql } from '../../support/graphql-client.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

// The reads behind the benchmarked operations (scripts/bench-api.ts) answer in as few Cypher queries as
// the selection allows: a query that finds nodes returns them whole, so the next level needs no read.
describe('Cypher queries per GraphQL request', () => {
  let driver: Driver;
  let api: RunningApiServer;
  let queriesSent: string[] = [];
  const graphql = (query: string, variables: Record<string, unknown> = {}) => postGraphql(api.url, query, variables);

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    await applyMigrations(driver, test.database, silentLogger);
    await deleteAllData(driver, test.database);
    await loadReferenceData(driver, test.database, REFERENCE);
    for (const report of [ENGLISH_REPORT, UKRAINIAN_REPORT, ASTANA_REPORT])
      await loadExtraction(driver, test.database, buildExtraction(report));
    api = await startApiServer({
      driver,
      database: test.database,
      logger: silentLogger,
      host: '127.0.0.1',
      port: await findFreePort(),
      onQuery: (name) => queriesSent.push(name),
    });
  });

  beforeEach(() => {
    queriesSent = [];
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it.each([
    ['KZ', 'country:kz'],
    ['kaz', 'country:kz'],
    ['Kazakhstan', 'country:kz'],
    ['No Such Country', null],
  ])('looks country(key: "%s") up in one query', async (key, id) => {
    const { data, errors } = await graphql('query ($key: String!) { country(key: $key) { id name aliases } }', { key });

    expect(errors).toBeUndefined();
    expect(data.country?.id ?? null).toBe(id);
    expect(queriesSent).toEqual(['api/entity-by-key']);
  });

  it('counts all matching events only when totalCount is asked for', async () => {
    const without = await graphql('{ events(first: 2) { edges { node { id } } pageInfo { hasNextPage } } }');
    expect(without.errors).toBeUndefined();
    expect(queriesSent).not.toContain('api/events-count');

    queriesSent = [];
    const withTotal = await graphql('{ events(first: 1) { totalCount edges { node { id } } } }');
    expect(withTotal.errors).toBeUndefined();
    expect(queriesSent).toContain('api/events-count');
    const every = await graphql('{ events(first: 100) { edges { node { id } } } }');
    expect(withTotal.data.events.totalCount).toBe(every.data.events.edges.length);
  });

  it("counts a timeline's entries only when totalCount is asked for", async () => {
    const without = await graphql(
      '{ timeline(entity: { id: "country:kz" }, first: 2) { edges { node { date { iso } } } pageInfo { hasNextPage } } }',
    );
    expect(without.errors).toBeUndefined();
    expect(queriesSent).not.toContain('api/timeline-count');

    queriesSent = [];
    const withTotal = await graphql('{ timeline(entity: { id: "country:kz" }, first: 1) { totalCount edges { node { date { iso } } } } }');
    expect(withTotal.errors).toBeUndefined();
    expect(queriesSent).toContain('api/timeline-count');
    const every = await graphql('{ timeline(entity: { id: "country:kz" }, first: 100) { edges { node { date { iso } } } } }');
    expect(withTotal.data.timeline.totalCount).toBe(every.data.timeline.edges.length);
  });

  it('counts the meetings between two parties only when totalCount or meetingCount is asked for', async () => {
    // Two countries' meetings are their pair's records (country-meetings-*); a person's with a country
    // are read from the meeting records of their sides (meetings-between-*).
    for (const [a, b, count] of [
      ['country:kz', 'country:tr', 'api/country-meetings-count'],
      ['person:kassym-jomart-tokayev', 'country:tr', 'api/meetings-between-count'],
    ] as const) {
      queriesSent = [];
      const without = await graphql(
        `{ meetingsBetween(a: { id: "${a}" }, b: { id: "${b}" }, first: 1) { edges { node { id } } pageInfo { hasNextPage } } }`,
      );
      expect(without.errors).toBeUndefined();
      expect(queriesSent.some((name) => name.endsWith('-count'))).toBe(false);

      queriesSent = [];
      const withTotal = await graphql(`{ meetingsBetween(a: { id: "${a}" }, b: { id: "${b}" }, first: 1) { totalCount } }`);
      expect(withTotal.errors).toBeUndefined();
      expect(queriesSent).toContain(count);
      const every = await graphql(`{ meetingsBetween(a: { id: "${a}" }, b: { id: "${b}" }, first: 100) { edges { node { id } } } }`);
      expect(every.data.meetingsBetween.edges.length).toBeGreaterThan(0);
      expect(withTotal.data.meetingsBetween.totalCount).toBe(every.data.meetingsBetween.edges.length);
    }

    queriesSent = [];
    const relations = await graphql('{ countryRelations(a: { key: "KZ" }, b: { key: "TR" }) { meetings(first: 1) { id } } }');
    expect(relations.errors).toBeUndefined();
    expect(queriesSent).toContain('api/country-meetings-page');
    expect(queriesSent.some((name) => name.endsWith('-count'))).toBe(false);
    const every = await graphql(
      '{ meetingsBetween(a: { id: "country:kz" }, b: { id: "country:tr" }, first: 100) { edges { node { id } } } }',
    );
    queriesSent = [];
    const counted = await graphql('{ countryRelations(a: { key: "KZ" }, b: { key: "TR" }) { meetingCount } }');
    expect(counted.data.countryRelations.meetingCount).toBe(every.data.meetingsBetween.edges.length);
    expect(queriesSent).toContain('api/country-meetings-count');
    expect(queriesSent).not.toContain('api/country-meetings-page');
  });

  it('looks country(id:) up by id alone, in one query, and refuses an id given as a key', async () => {
    const byId = await graphql('{ country(id: "country:kz") { id name } }');
    const readsById = [...queriesSent];
    const idAsKey = await graphql('{ country(key: "country:kz") { id } }');
    const both = await graphql('{ country(id: "country:kz", key: "KZ") { id } }');

    expect(byId.data.country).toEqual({ id: 'country:kz', name: 'Kazakhstan' });
    expect(readsById).toEqual(['api/nodes-by-id']);
    expect(idAsKey.errors?.[0]).toMatchObject({
      message: '"country:kz" is an id, not a name: pass it as id (argument "country"), or give a name as key.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(both.errors?.[0]).toMatchObject({
      message: 'Give "country" exactly one of id (such as "country:kz") or key (a name, code or acronym, such as "KZ"); got both.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('finds an organization by acronym, and a code only for its own kind', async () => {
    const { data, errors } = await graphql(
      '{ sco: organization(key: "sco") { id } notACountry: country(key: "SCO") { id } notAnOrganization: organization(key: "KZ") { id } }',
    );

    expect(errors).toBeUndefined();
    expect(data).toEqual({ sco: { id: 'org:sco' }, notACountry: null, notAnOrganization: null });
  });

  it('reads memberships with the organizations they lead to in one more query', async () => {
    const { data, errors } = await graphql('{ country(key: "KZ") { memberships { status organization { id name } } } }');

    expect(errors).toBeUndefined();
    expect(data.country.memberships.map((membership: any) => membership.organization.id).sort()).toEqual(['org:ots', 'org:sco']);
    expect(queriesSent).toEqual(['api/entity-by-key', 'api/entity-ties']);
  });

  it('answers who met whom, with counterparts and meetings, in one query', async () => {
    const { data, errors } = await graphql(
      '{ whoMet(party: { id: "person:kassym-jomart-tokayev" }) { totalCount edges { node { counterpart { ... on Person { id name } } meetings { id date { iso } name } } } } }',
    );

    expect(errors).toBeUndefined();
    expect(data.whoMet.totalCount).toBe(1);
    expect(data.whoMet.edges.map((edge: any) => edge.node)).toEqual([
      {
        counterpart: { id: 'person:recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan' },
        meetings: [expect.objectContaining({ date: { iso: '2022-05-10' } })],
      },
    ]);
    expect(queriesSent).toEqual(['api/who-met-of-party']);
  });

  it('tells a party that met nobody (an empty page) from an unknown one (NOT_FOUND)', async () => {
    const nobody = await graphql(
      '{ whoMet(party: { id: "org:ots" }) { totalCount edges { node { meetings { id } } } pageInfo { hasNextPage endCursor } } }',
    );
    const unknown = await graphql('{ whoMet(party: { id: "person:nobody" }) { totalCount } }');

    expect(nobody).toEqual({ data: { whoMet: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'party' } });
  });

  it('finds the shortest paths, with their nodes, in one query, all of the same length', async () => {
    const { data, errors } = await graphql(
      '{ paths(from: { id: "country:by" }, to: { id: "country:tr" }, maxHops: 6) { length steps { from { id name } to { id name } relationship } } }',
    );

    expect(errors).toBeUndefined();
    expect(data.paths.length).toBeGreaterThan(0);
    expect(new Set(data.paths.map((path: any) => path.length)).size).toBe(1);
    const [path] = data.paths;
    expect(path.steps[0].from).toEqual({ id: 'country:by', name: 'Belarus' });
    expect(path.steps.at(-1).to).toEqual({ id: 'country:tr', name: 'Turkey' });
    expect(queriesSent).toEqual(['api/shortest-paths']);
  });

  it('follows only the relationship types asked for', async () => {
    const { data, errors } = await graphql(
      '{ paths(from: { id: "country:by" }, to: { id: "country:tr" }, relationshipTypes: [MEMBER_OF]) { steps { from { id } relationship to { id } } } }',
    );

    expect(errors).toBeUndefined();
    expect(data.paths).toEqual([
      {
        steps: [
          { from: { id: 'country:by' }, relationship: 'MEMBER_OF', to: { id: 'org:sco' } },
          { from: { id: 'org:sco' }, relationship: 'MEMBER_OF', to: { id: 'country:kz' } },
          { from: { id: 'country:kz' }, relationship: 'MEMBER_OF', to: { id: 'org:ots' } },
          { from: { id: 'org:ots' }, relationship: 'MEMBER_OF', to: { id: 'country:tr' } },
        ],
      },
    ]);
    expect(queriesSent).toEqual(['api/shortest-paths-of-types']);
  });

  it('answers no path from a node to itself, none beyond maxHops, and NOT_FOUND for an unknown end', async () => {
    const itself = await graphql('{ paths(from: { id: "country:by" }, to: { id: "country:by" }) { length } }');
    const tooFar = await graphql(
      '{ paths(from: { id: "country:by" }, to: { id: "country:tr" }, maxHops: 2, relationshipTypes: [MEMBER_OF]) { length } }',
    );
    const unknown = await graphql('{ paths(from: { id: "country:by" }, to: { id: "country:nowhere" }) { length } }');

    expect(itself).toEqual({ data: { paths: [] } });
    expect(tooFar).toEqual({ data: { paths: [] } });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'to' } });
  });
});
