import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { readMigrations } from '../../../src/graph/migrations/migration-files.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { countNodes, deleteAllData, dropSchema, listSchema, openTestDatabase } from '../../support/test-database.ts';

const allVersions = (): number[] => readMigrations().map((migration) => migration.version);

describe('schema migrations', () => {
  let driver: Driver;
  let database: string;

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await deleteAllData(driver, database);
    await dropSchema(driver, database);
  });

  afterAll(async () => {
    await driver.close();
  });

  it('creates the entity key constraints, lookup indexes and full-text indexes on an empty database', async () => {
    const report = await applyMigrations(driver, database, silentLogger);

    expect(report.applied).toEqual(allVersions());
    expect(report.schemaVersion).toBe(allVersions().at(-1));
    const constraints = (await listSchema(driver, database, 'constraints')).map((constraint) => constraint.name);
    expect(constraints).toEqual(
      expect.arrayContaining(['article_id', 'country_id', 'person_id', 'organization_id', 'event_id', 'agreement_id']),
    );
    const indexes = await listSchema(driver, database, 'indexes');
    const fullText = indexes.filter((index) => index.type === 'FULLTEXT').map((index) => index.name);
    expect(fullText.sort()).toEqual(['article_text', 'entity_names']);
    expect(indexes.every((index) => index.state === 'ONLINE')).toBe(true);
  });

  it('records each applied migration in the graph, its version as an integer', async () => {
    expect(await countNodes(driver, database, 'SchemaMigration')).toBe(readMigrations().length);
    const { records } = await driver.executeQuery(readCypher('maintenance/schema-migration-version-types'), {}, { database });
    expect(records[0]?.get('types')).toEqual(['INTEGER NOT NULL']);
  });

  it('changes nothing when run a second time', async () => {
    const constraintsBefore = await listSchema(driver, database, 'constraints');
    const indexesBefore = await listSchema(driver, database, 'indexes');

    const report = await applyMigrations(driver, database, silentLogger);

    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toEqual(allVersions());
    expect(await listSchema(driver, database, 'constraints')).toEqual(constraintsBefore);
    expect(await listSchema(driver, database, 'indexes')).toEqual(indexesBefore);
    expect(await countNodes(driver, database, 'SchemaMigration')).toBe(allVersions().length);
  });

  it('refuses to run when an applied migration file was edited afterwards', async () => {
    const edited = readMigrations().map((migration) =>
      migration.version === 2 ? { ...migration, checksum: 'edited-after-apply' } : migration,
    );

    await expect(applyMigrations(driver, database, silentLogger, edited)).rejects.toThrow(
      /Migration 2 \(lookup-indexes\) was changed after it was applied/,
    );
  });

  it('refuses a database migrated by a newer release', async () => {
    const older = readMigrations().slice(0, 2);
    const unknown = allVersions().slice(2).join(', ');

    await expect(applyMigrations(driver, database, silentLogger, older)).rejects.toThrow(
      `migrations ${unknown} that this version of Diplograph does not know`,
    );
  });
});
