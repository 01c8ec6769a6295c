import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { postGraphql } from '../../support/graphql-client.ts';
import { loadRealArticles } from '../../support/real-articles.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

/** Two real English reports (dev split): the names they spell are "Kassym-Jomart Tokayev" / "Qasym-Zhomart Toqaev" and "Recep Tayyip Erdogan". */
const ARTICLES = ['en/en-peoplecn-2023-10-17-xi-meets-tokayev.txt', 'en/en-rferl-2023-11-03-ots-summit-astana.txt'];

describe('looking a person up by any name the knowledge base knows, in any script', () => {
  let driver: Driver;
  let api: RunningApiServer;

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    await applyMigrations(driver, test.database, silentLogger);
    await deleteAllData(driver, test.database);
    await loadRealArticles(driver, test.database, ARTICLES);
    api = await startApiServer({ driver, database: test.database, logger: silentLogger, host: '127.0.0.1', port: await findFreePort() });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it.each(['Токаев', 'Tokaev', 'Тоқаев', 'Токаєв'])('finds Tokayev by "%s", a spelling no loaded article used', async (key) => {
    const { data, errors } = await postGraphql(api.url, 'query ($key: String!) { person(key: $key) { id } }', { key });
    expect(errors).toBeUndefined();
    expect(data.person).toEqual({ id: 'person:kassym-jomart-tokayev' });
  });

  it.each(['Эрдоган', 'Ердоған', 'Recep Tayyip Erdoğan'])('finds Erdoğan by "%s"', async (key) => {
    const { data } = await postGraphql(api.url, 'query ($key: String!) { person(key: $key) { id } }', { key });
    expect(data.person).toEqual({ id: 'person:recep-tayyip-erdogan' });
  });

  it('answers whoMet for a party named in another script', async () => {
    const { data, errors } = await postGraphql(
      api.url,
      '{ whoMet(party: { key: "Тоқаев" }) { edges { node { counterpart { ... on Person { id } } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.whoMet.edges.map((edge: any) => edge.node.counterpart.id)).toContain('person:xi-jinping');
  });

  it('still answers null for a known name nobody in the graph has, and NOT_FOUND for a name no one has', async () => {
    const unloaded = await postGraphql(api.url, '{ person(key: "Назарбаев") { id } }');
    expect(unloaded.data.person).toBeNull();
    const unknown = await postGraphql(api.url, '{ whoMet(party: { key: "Nobody Atall" }) { totalCount } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each(['Tokaiev', 'Toqayev', 'TOKAYEV'])('finds Tokayev by "%s", a spelling neither the base nor any article has', async (key) => {
    const { data } = await postGraphql(api.url, 'query ($key: String!) { person(key: $key) { id } }', { key });
    expect(data.person).toEqual({ id: 'person:kassym-jomart-tokayev' });
  });

  it('ranks Tokayev first when search is given a misspelling', async () => {
    const { data, errors } = await postGraphql(api.url, '{ search(text: "Tokaiev") { node { id } } }');
    expect(errors).toBeUndefined();
    expect(data.search[0]?.node.id).toBe('person:kassym-jomart-tokayev');
    const fuzzy = await postGraphql(api.url, '{ search(text: "Erdogam") { node { id } } }');
    expect(fuzzy.data.search[0]?.node.id).toBe('person:recep-tayyip-erdogan');
  });

  it('suggests the closest name when a key names nothing', async () => {
    const { errors } = await postGraphql(api.url, '{ whoMet(party: { key: "Xi Jinpin" }) { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(errors?.[0]?.message).toContain('Did you mean "Xi Jinping" (person:xi-jinping)?');
  });
});
