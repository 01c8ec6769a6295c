import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ASTANA_REPORT, ENGLISH_REPORT, UKRAINIAN_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

/** The Browser queries in cypher/explore/, with the parameters their comments ask for. */
const EXPLORE_QUERIES: Record<string, Record<string, unknown>> = {
  'who-met-whom': {},
  'who-met-person': { name: 'Kassym-Jomart Tokayev' },
  'met-network': { name: 'Kassym-Jomart Tokayev' },
  'counterparts-by-year': { country: 'country:kz' },
  'path-between-countries': { from: 'country:by', to: 'country:tr' },
  'article-facts': { article: ENGLISH_REPORT.id },
  'agreements-of-country': { country: 'country:kz', year: neo4j.int(2022) },
};

describe('the exploration queries shipped for Neo4j Browser', () => {
  let driver: Driver;
  let database: string;

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    for (const report of [ENGLISH_REPORT, UKRAINIAN_REPORT, ASTANA_REPORT]) await loadExtraction(driver, database, buildExtraction(report));
  });

  afterAll(async () => {
    await driver.close();
  });

  it.each(Object.entries(EXPLORE_QUERIES))('%s runs and answers on the sample graph', async (name, parameters) => {
    const { records } = await driver.executeQuery(readCypher(`explore/${name}`), parameters, { database });

    expect(records.length).toBeGreaterThan(0);
  });
});
