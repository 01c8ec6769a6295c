import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { loadReferenceData } from '../../../src/graph/load/reference-data.ts';
import { referenceDataFrom } from '../../../src/graph/load/reference-from-knowledge.ts';
import { removeArticle } from '../../../src/graph/load/remove-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { FACT_RELATIONSHIPS } from '../../../src/graph/read/relationship-queries.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { REFERENCE } from '../../fixtures/reference-data.ts';
import { ASTANA_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { deleteAllData, graphSize, openTestDatabase } from '../../support/test-database.ts';

describe('reference data from the knowledge base', () => {
  let driver: Driver;
  let database: string;
  const size = () => graphSize(driver, database);
  const paths = async () =>
    (
      await driver.executeQuery(
        readCypher('api/shortest-paths'),
        {
          from: 'country:by',
          to: 'country:tr',
          maxHops: neo4j.int(4),
          types: [...FACT_RELATIONSHIPS],
          limit: neo4j.int(1),
          nodeProperties: ['id'],
          withSources: false,
        },
        { database },
      )
    ).records.map((record) => record.get('nodeIds') as string[]);
  const memberships = async () =>
    (await driver.executeQuery(readCypher('test/memberships'), {}, { database })).records.map((record) => record.toObject());

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
  });

  beforeEach(async () => {
    await deleteAllData(driver, database);
  });

  afterAll(async () => {
    await driver.close();
  });

  it('ties Belarus to Turkey through shared organizations before any article is loaded', async () => {
    await loadReferenceData(driver, database, REFERENCE);

    expect(await paths()).toEqual([['country:by', 'org:sco', 'country:kz', 'org:ots', 'country:tr']]);
  });

  it('loads the bundled knowledge base, which ties Belarus to Turkey through shared organizations', async () => {
    await loadReferenceData(driver, database, referenceDataFrom(loadKnowledgeBase()));

    const [path] = await paths();
    expect(path![0]).toBe('country:by');
    expect(path!.at(-1)).toBe('country:tr');
    expect(path!.length).toBeLessThanOrEqual(5);
  });

  it('changes nothing when loaded twice', async () => {
    await loadReferenceData(driver, database, REFERENCE);
    const before = await size();

    const counters = await loadReferenceData(driver, database, REFERENCE);

    expect(counters).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
    expect(await size()).toEqual(before);
  });

  it('does not write unchanged reference data again, and writes it when it changed', async () => {
    await loadReferenceData(driver, database, REFERENCE);

    const unchanged = await loadReferenceData(driver, database, REFERENCE);
    const changed = await loadReferenceData(driver, database, {
      ...REFERENCE,
      version: '1.0.1',
      countries: REFERENCE.countries.map((country) => ({ ...country, aliases: [...country.aliases, `${country.name} (test)`] })),
    });

    expect(unchanged.propertiesSet).toBe(0);
    expect(changed.propertiesSet).toBeGreaterThan(0);
  });

  it('keeps article support apart from reference support, and keeps the reference when the article goes', async () => {
    await loadReferenceData(driver, database, REFERENCE);
    await loadExtraction(driver, database, buildExtraction(ASTANA_REPORT));

    const stated = (await memberships()).find((row) => row.countryId === 'country:by');
    expect(stated).toMatchObject({ reference: true, sources: [ASTANA_REPORT.id] });

    await removeArticle(driver, database, ASTANA_REPORT.id);

    expect((await memberships()).find((row) => row.countryId === 'country:by')).toMatchObject({ reference: true, sources: [] });
    expect(await paths()).toHaveLength(1);
  });

  it('retracts a membership a newer version no longer states, unless an article supports it', async () => {
    await loadReferenceData(driver, database, REFERENCE);
    await loadExtraction(driver, database, buildExtraction(ASTANA_REPORT));
    const withoutOts = {
      ...REFERENCE,
      version: '1.1.0',
      memberships: REFERENCE.memberships.filter((row) => row.organizationId !== 'org:ots'),
    };
    await removeArticle(driver, database, ASTANA_REPORT.id);
    await loadExtraction(
      driver,
      database,
      buildExtraction({ ...ASTANA_REPORT, memberships: ASTANA_REPORT.memberships!.filter((row) => row.countryId === 'country:tr') }),
    );

    await loadReferenceData(driver, database, withoutOts);

    const left = (await memberships()).map((row) => `${row.countryId}>${row.organizationId}:${row.reference}`).sort();
    expect(left).toEqual(['country:by>org:sco:true', 'country:kz>org:sco:true', 'country:tr>org:ots:false']);
  });
});
