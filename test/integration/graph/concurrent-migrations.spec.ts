import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { readMigrations } from '../../../src/graph/migrations/migration-files.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { countNodes, deleteAllData, dropSchema, listSchema, openTestDatabase } from '../../support/test-database.ts';

const INSTANCES = 6;

describe('schema migrations run by several processes at once', () => {
  const drivers: Driver[] = [];
  let database: string;

  beforeAll(() => {
    for (let index = 0; index < INSTANCES; index += 1) {
      const test = openTestDatabase();
      drivers.push(test.driver);
      database = test.database;
    }
  });

  afterAll(async () => {
    await Promise.all(drivers.map((driver) => driver.close()));
  });

  it('bring an empty database to the latest schema from several instances at once, none failing, each migration recorded once', async () => {
    const [first] = drivers as [Driver];
    await deleteAllData(first, database);
    await dropSchema(first, database);

    const reports = await Promise.all(drivers.map((driver) => applyMigrations(driver, database, silentLogger)));

    const latest = readMigrations().at(-1)!.version;
    expect(reports.map((report) => report.schemaVersion)).toEqual(drivers.map(() => latest));
    expect(await countNodes(first, database, 'SchemaMigration')).toBe(readMigrations().length);
    // The same schema as one run gives: applying again finds everything in place.
    const constraints = await listSchema(first, database, 'constraints');
    const again = await applyMigrations(first, database, silentLogger);
    expect(again.applied).toEqual([]);
    expect(await listSchema(first, database, 'constraints')).toEqual(constraints);
  });
});
