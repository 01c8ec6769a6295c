import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../../log/logger.ts';
import { readCypher } from '../cypher-files.ts';
import { readMigrations, type Migration } from './migration-files.ts';

export interface MigrationReport {
  applied: number[];
  alreadyApplied: number[];
  schemaVersion: number;
}

interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
}

/**
 * Brings the database schema up to date. Each statement is idempotent (IF NOT EXISTS), each applied
 * migration is recorded as a (:SchemaMigration) node, and one already recorded is not run again —
 * so running this twice, or from two instances at once, changes nothing the second time.
 */
export async function applyMigrations(
  driver: Driver,
  database: string,
  logger: Logger,
  migrations: Migration[] = readMigrations(),
): Promise<MigrationReport> {
  const applied = await readApplied(driver, database);
  assertUnchanged(applied, migrations);

  const report: MigrationReport = { applied: [], alreadyApplied: [], schemaVersion: 0 };
  for (const migration of migrations) {
    if (applied.has(migration.version)) {
      report.alreadyApplied.push(migration.version);
      continue;
    }
    // Schema commands cannot share a transaction with writes, so each runs in its own auto-commit one.
    for (const statement of migration.statements) {
      await runBesideOthers(driver, database, statement, {});
    }
    await runBesideOthers(
      driver,
      database,
      readCypher('migrate/record-migration'),
      // neo4j.int: a plain JavaScript number would be stored as a float (1.0).
      { version: neo4j.int(migration.version), name: migration.name, checksum: migration.checksum },
    );
    report.applied.push(migration.version);
    logger.info('schema migration applied', { version: migration.version, name: migration.name });
  }
  await driver.executeQuery(readCypher('migrate/await-indexes'), {}, { database });
  report.schemaVersion = migrations.at(-1)?.version ?? 0;
  return report;
}

/** Another instance created the same index or constraint between our IF NOT EXISTS check and our commit. */
const CREATED_BY_ANOTHER = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexWithNameAlreadyExists',
  'Neo.ClientError.Schema.ConstraintWithNameAlreadyExists',
]);
/** Another instance's write got there first (a deadlock, or the same migration recorded at once): try again. */
const RETRY_AFTER_OTHERS = (code: string) =>
  code.startsWith('Neo.TransientError.') || code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
const ATTEMPTS = 5;

/**
 * A statement that commits its own batches (`CALL { … } IN TRANSACTIONS`, for data migrations too large
 * for one transaction): Neo4j runs it only in an auto-commit transaction, not in the managed one
 * executeQuery opens.
 */
const COMMITS_IN_BATCHES = /\bIN\s+TRANSACTIONS\b/i;

async function runAutoCommit(
  driver: Pick<Driver, 'session'>,
  database: string,
  statement: string,
  parameters: Record<string, unknown>,
): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(statement, parameters);
  } finally {
    await session.close();
  }
}

/**
 * Runs one migration statement while other instances may run the same one: what another instance
 * created counts as done, and a write that lost a race is retried (then finds the other's work; a
 * statement committing in batches resumes after the batches already committed, since each is idempotent).
 */
export async function runBesideOthers(
  driver: Pick<Driver, 'executeQuery' | 'session'>,
  database: string,
  statement: string,
  parameters: Record<string, unknown>,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      if (COMMITS_IN_BATCHES.test(statement)) await runAutoCommit(driver, database, statement, parameters);
      else await driver.executeQuery(statement, parameters, { database });
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && CREATED_BY_ANOTHER.has(code)) return;
      if (typeof code !== 'string' || !RETRY_AFTER_OTHERS(code) || attempt === ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function readApplied(driver: Driver, database: string): Promise<Map<number, AppliedMigration>> {
  const { records } = await driver.executeQuery(readCypher('migrate/applied-migrations'), {}, { database, routing: 'READ' });
  return new Map(
    records.map((record) => {
      const migration = record.toObject() as AppliedMigration;
      return [migration.version, migration];
    }),
  );
}

function assertUnchanged(applied: Map<number, AppliedMigration>, migrations: Migration[]): void {
  for (const migration of migrations) {
    const recorded = applied.get(migration.version);
    if (recorded && recorded.checksum !== migration.checksum) {
      throw new Error(
        `Migration ${migration.version} (${migration.name}) was changed after it was applied to this database. ` +
          'Applied migrations are history: restore the file and put the change in a new migration.',
      );
    }
  }
  const known = new Set(migrations.map((migration) => migration.version));
  const newer = [...applied.keys()].filter((version) => !known.has(version));
  if (newer.length > 0) {
    throw new Error(
      `This database has migrations ${newer.join(', ')} that this version of Diplograph does not know: it was set up by a newer release. Upgrade Diplograph.`,
    );
  }
}
