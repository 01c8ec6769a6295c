import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { loadReferenceData } from '../../../src/graph/load/reference-data.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { findEntity, type EntityLabel } from '../../../src/graph/read/find-entity.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { REFERENCE } from '../../fixtures/reference-data.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { createProfilingReader } from '../../support/profiling-reader.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

const MORE_ORGANIZATIONS = 40;

// country(key:) and organization(key:) try a key as an id, then as a code, then as a name, each only when
// the ways before found nothing (entity-by-key.cypher); PROFILE's db hits (deterministic) show which ran.
describe('looking an entity up by key', () => {
  let driver: Driver;
  let database: string;

  /** The entity found for `key` and the db hits the lookup cost. */
  const lookUp = async (label: EntityLabel, key: string) => {
    const { reader, spent } = createProfilingReader({ driver, database });
    const found = await findEntity(reader, label, key, ['id', 'name']);
    return { id: found?.id ?? null, dbHits: spent.dbHits };
  };
  const lookUps = () =>
    Promise.all([lookUp('Country', 'KZ'), lookUp('Country', 'kaz'), lookUp('Country', 'country:kz'), lookUp('Organization', 'org:sco')]);

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    database = test.database;
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    await loadReferenceData(driver, database, REFERENCE);
  });

  afterAll(async () => {
    await driver.close();
  });

  it('by id or ISO code reads no organization: it costs the same however many organizations the graph holds', async () => {
    const before = await lookUps();
    const names = Array.from({ length: MORE_ORGANIZATIONS }, (_, index) => `Test Council Number ${index + 1}`);
    await loadExtraction(
      driver,
      database,
      buildExtraction({
        id: 'article:test-many-organizations',
        publishedAt: '2024-03-01',
        sentences: names.map((name) => `${name} met.`),
        entities: names.map((name, index) => ({ id: `org:test-council-${index + 1}`, kind: 'organization', name, in: [index] })),
      }),
    );
    const after = await lookUps();

    expect(before.map((lookup) => lookup.id)).toEqual(['country:kz', 'country:kz', 'country:kz', 'org:sco']);
    expect(after).toEqual(before);
  });

  it('by acronym still finds an organization, and a code only for its own kind', async () => {
    expect((await lookUp('Organization', 'sco')).id).toBe('org:sco');
    expect((await lookUp('Organization', 'KZ')).id).toBeNull();
    expect((await lookUp('Country', 'SCO')).id).toBeNull();
  });
});
