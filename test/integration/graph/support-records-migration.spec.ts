import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { corpusArticles } from '../../../src/corpus/generate-corpus.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { referenceDataFrom } from '../../../src/graph/load/reference-from-knowledge.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { applyMigrations, runBesideOthers } from '../../../src/graph/migrations/apply-migrations.ts';
import { readMigrations } from '../../../src/graph/migrations/migration-files.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { createLogger, silentLogger } from '../../../src/log/logger.ts';
import { ASTANA_REPORT, ENGLISH_REPORT, UKRAINIAN_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { graphContents } from '../../support/graph-contents.ts';
import { postGraphql } from '../../support/graphql-client.ts';
import { LIST_PROVENANCE_STATEMENTS, loadNewArticlesWith, writeReferenceDataWith } from '../../support/list-provenance-graph.ts';
import { deleteAllData, nodeIds, openTestDatabase } from '../../support/test-database.ts';

const knowledge = loadKnowledgeBase();
const reference = referenceDataFrom(knowledge);
/** The corpus load-articles.spec.ts compares batches on: generated articles with offices, memberships and agreements, and the Ankara reports. */
const RESULTS = [
  ...[...corpusArticles({ count: 80, seed: 7, knowledge })].map((article) =>
    extractArticle({ bytes: Buffer.from(article.content, 'utf8'), sourceName: article.fileName }, knowledge),
  ),
  ...[ENGLISH_REPORT, UKRAINIAN_REPORT, ASTANA_REPORT].map(buildExtraction),
];

/** What the API shows of ties and their sources: offices, memberships, a place's country, paths' steps. */
const TIES_OF_PERSON = `query ($id: ID!) { person(id: $id) { country { id }
  offices { title officeId asOf { iso } holder { ... on Country { id } ... on Organization { id } } sources(first: 100) { sentence start end article { id } } } } }`;
const TIES_OF_COUNTRY = `query ($id: ID!) { country(id: $id) {
  memberships { organization { id } status sources(first: 100) { sentence start end article { id } } }
  events(first: 100) { id participants { ... on Person { id } ... on Country { id } ... on Organization { id } } place { id country { id } } } } }`;
const PATHS = `query ($from: ID!, $to: ID!) { paths(from: { id: $from }, to: { id: $to }, maxHops: 4, limit: 5) {
  steps { from { id } relationship direction to { id } status sources(first: 100) { sentence start end article { id } } } } }`;

/**
 * An answer with its lists in a fixed order where the API promises none (memberships, offices and paths
 * come in the order Neo4j finds them, which differs between two graphs holding the same data); a list of
 * sources keeps its order, newest article first.
 */
function inOrderShown(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => inOrderShown(item));
    return key === 'sources' ? items : items.map((item) => JSON.stringify(item)).sort();
  }
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, inOrderShown(inner, name)]));
  return value;
}

describe('migration 0016: provenance lists on ties become one SUPPORTS record per article', () => {
  let driver: Driver;
  let database: string;
  let api: RunningApiServer;
  // The list-writing Cypher (cypher/test/list-provenance) predates the order keys of agreements (0014)
  // and mentions (0015) too, so a graph it writes takes those migrations as well, as a release of that
  // time would on upgrading; each is idempotent. It predates the agreements' pair records (0019), which
  // today's loader writes beside PARTY_TO, so it takes that one too, and the count of them per pair of
  // countries (0022), which today's loader keeps from them.
  const migrations = readMigrations().filter(
    (candidate) => (candidate.version >= 14 && candidate.version <= 16) || candidate.version === 19 || candidate.version === 22,
  );

  const migrate = async () => {
    for (const migration of migrations)
      for (const statement of migration.statements) await runBesideOthers(driver, database, statement, {});
  };
  const rows = async (name: string) =>
    (await driver.executeQuery(readCypher(name), {}, { database })).records.map((record) => record.toObject());

  /** A graph as a release before 0016 left it: reference data and the corpus written with provenance lists. */
  const writeListGraph = async () => {
    await writeReferenceDataWith(driver, database, reference, 'test/list-provenance/write-reference-data');
    await loadNewArticlesWith(driver, database, RESULTS, LIST_PROVENANCE_STATEMENTS);
  };
  /** The same corpus written by today's loader. */
  const writeRecordGraph = async () => {
    await writeReferenceDataWith(driver, database, reference, 'load/write-reference-data');
    await loadNewArticlesWith(driver, database, RESULTS);
  };

  /** The API's answers about every person's and country's ties, and paths between the countries, with sources. */
  const answers = async () => {
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const { data, errors } = await postGraphql(api.url, query, variables);
      expect(errors).toBeUndefined();
      return inOrderShown(data);
    };
    const persons = await nodeIds(driver, database, 'Person');
    const countries = (await nodeIds(driver, database, 'Country')).filter((id) =>
      ['country:kz', 'country:by', 'country:tr', 'country:ua', 'country:uz', 'country:cn'].includes(id),
    );
    const shown: unknown[] = [];
    for (const id of persons) shown.push(await ask(TIES_OF_PERSON, { id }));
    for (const id of countries) shown.push(await ask(TIES_OF_COUNTRY, { id }));
    // Paths of one length come in no fixed order, and with more than the limit, any of them: compared as a
    // set when they are all there, by their number otherwise.
    for (const from of countries)
      for (const to of countries) {
        if (from >= to) continue;
        const { paths } = (await ask(PATHS, { from, to })) as { paths: unknown[] };
        shown.push(paths.length < 5 ? paths : paths.length);
      }
    return shown;
  };

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    api = await startApiServer({
      driver,
      database,
      logger: createLogger('error', {}, (line) => process.stderr.write(`${line}\n`)),
      host: '127.0.0.1',
      port: await findFreePort(),
    });
  });

  beforeEach(async () => {
    await deleteAllData(driver, database);
  });

  afterAll(async () => {
    await api.close();
    await deleteAllData(driver, database);
    await driver.close();
  });

  it("turns each tie's list entries into its articles' records, the first entry of an article, and leaves no list", async () => {
    await writeListGraph();
    const entries = await rows('test/list-provenance/tie-entries');
    expect(entries.length).toBeGreaterThan(500);
    expect([...new Set(entries.map((entry) => entry.type))]).toEqual(
      expect.arrayContaining(['ATTENDED', 'HELD_IN', 'ABOUT', 'PARTY_TO', 'HOLDS_OFFICE', 'REPRESENTS', 'LOCATED_IN', 'MEMBER_OF']),
    );

    await migrate();

    expect(await rows('test/support-records')).toEqual(entries);
    expect(await rows('test/list-provenance/tie-entries')).toEqual([]);
  });

  it('gives the graph and the API answers that loading the same articles today gives; run again, it changes nothing', async () => {
    await writeRecordGraph();
    const loadedToday = await graphContents(driver, database);
    const answeredToday = await answers();
    expect(JSON.stringify(answeredToday)).toMatch(/sources.{0,20}sentence/);

    await deleteAllData(driver, database);
    await writeListGraph();
    await migrate();
    const migrated = await graphContents(driver, database);
    expect(migrated.relationships).toEqual(loadedToday.relationships);
    expect(migrated.nodes).toEqual(loadedToday.nodes);
    expect(await answers()).toEqual(answeredToday);

    await migrate();
    expect(await graphContents(driver, database)).toEqual(migrated);
  });
});
