import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver.ts';
import { readCypher } from '../../src/graph/cypher-files.ts';
import { KEPT_MEETING_KEYS } from '../../src/graph/load/meetings.ts';
import { runBesideOthers } from '../../src/graph/migrations/apply-migrations.ts';
import { readMigrations } from '../../src/graph/migrations/migration-files.ts';
import { testConnection } from './test-neo4j-connection.ts';

/** A driver to the integration tests' throwaway database, and its name. */
export function openTestDatabase(): { driver: Driver; database: string } {
  const connection = testConnection();
  return { driver: createDriver(connection), database: connection.database };
}

/** Runs one migration's statements as they are, whatever the graph has recorded as applied. */
export async function runMigration(driver: Driver, database: string, version: number): Promise<void> {
  for (const statement of readMigrations().find((migration) => migration.version === version)!.statements) {
    await runBesideOthers(driver, database, statement, {});
  }
}

/** Deletes every node and relationship; the schema stays. */
export async function deleteAllData(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL { } IN TRANSACTIONS needs an implicit transaction, hence session.run. Relationships go first,
    // in batches of their own: a dense node's (tens of thousands of SUPPORTS) would not fit one batch of nodes.
    await session.run(readCypher('maintenance/delete-all-relationships'));
    await session.run(readCypher('maintenance/delete-all-data'));
  } finally {
    await session.close();
  }
}

/** Drops every constraint and index we can drop, leaving the schema of a new database. */
export async function dropSchema(driver: Driver, database: string): Promise<void> {
  for (const { name } of await listSchema(driver, database, 'constraints')) {
    await driver.executeQuery(readCypher('maintenance/drop-constraint'), { name }, { database });
  }
  for (const { name, type } of await listSchema(driver, database, 'indexes')) {
    // The two token lookup indexes come with every new database; migrations never create them.
    if (type !== 'LOOKUP') await driver.executeQuery(readCypher('maintenance/drop-index'), { name }, { database });
  }
}

export type SchemaObject = Record<string, unknown> & { name: string; type: string };

export async function listSchema(driver: Driver, database: string, kind: 'constraints' | 'indexes'): Promise<SchemaObject[]> {
  const { records } = await driver.executeQuery(readCypher(`maintenance/list-${kind}`), {}, { database });
  return records.map((record) => record.toObject() as SchemaObject);
}

export async function countNodes(driver: Driver, database: string, label: string): Promise<number> {
  const { records } = await driver.executeQuery(readCypher('maintenance/count-nodes-by-label'), { label }, { database });
  return records[0]?.get('count') as number;
}

/** The ids of the nodes with one label, sorted. */
export async function nodeIds(driver: Driver, database: string, label: string): Promise<string[]> {
  const { records } = await driver.executeQuery(readCypher('test/node-ids-by-label'), { label }, { database });
  return records.map((record) => record.get('id') as string);
}

/** How many nodes and relationships the graph holds. */
export async function graphSize(driver: Driver, database: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(readCypher('test/count-graph'), {}, { database });
  return records[0]!.toObject() as { nodes: number; relationships: number };
}

/** An event as test/events-with-sources.cypher reads it, for checks on merging and removal. */
export interface EventView {
  id: string;
  name: string;
  kind: string;
  status: string;
  mode: string;
  date: string | null;
  placeId: string | null;
  articles: string[];
  participants: Array<{ id: string; sources: string[] }>;
}

/** Every event with its place, its participants (with their sources) and the articles reporting it. */
export async function eventsWithSources(driver: Driver, database: string): Promise<EventView[]> {
  const { records } = await driver.executeQuery(readCypher('test/events-with-sources'), {}, { database });
  return records.map((record) => record.toObject() as unknown as EventView);
}

/** A MET relationship as the loader keeps it, with the events of the pair's meeting records, newest first. */
export interface MetView {
  from: string;
  to: string;
  eventIds: string[];
  meetingCount: number;
  sortKey: number;
}

/** Every MET relationship, ordered by its ends. */
export async function metRelationships(driver: Driver, database: string): Promise<MetView[]> {
  const { records } = await driver.executeQuery(readCypher('test/met-relationships'), {}, { database });
  return records.map((record) => record.toObject() as unknown as MetView);
}

/** A MET relationship as the loader kept it before migration 0017: the pair's events as a list. */
export interface MetListView {
  from: string;
  to: string;
  eventIds: string[];
  sortKey: number;
}

/** Every MET relationship's event list (before migration 0017), ordered by its ends. */
export async function metEventLists(driver: Driver, database: string): Promise<MetListView[]> {
  const { records } = await driver.executeQuery(readCypher('test/met-event-lists'), {}, { database });
  return records.map((record) => record.toObject() as unknown as MetListView);
}

/** Every MET whose kept newest meeting keys (migration 0020) differ from its pair's newest meeting records. */
export async function metKeptKeysOutOfStep(driver: Driver, database: string): Promise<Array<Record<string, unknown>>> {
  const { records } = await driver.executeQuery(
    readCypher('test/met-kept-keys-out-of-step'),
    { keptKeys: neo4j.int(KEPT_MEETING_KEYS) },
    { database },
  );
  return records.map((record) => record.toObject());
}

/**
 * Where the country-pair records (migration 0021) differ from what they stand for: for each pair of the
 * graph's countries, the events meetings-between-unbounded.cypher finds between them from their sides'
 * persons (a formulation of its own), against the pair's records; any record whose key is not its
 * event's; and any pair whose kept counts (migration 0022) are not its records'. Each difference as
 * "missing <pair> <event>", "extra <pair> <event>", "stale <pair> <event>" or "count <pair>: ...".
 */
export async function countryPairsOutOfStep(driver: Driver, database: string): Promise<string[]> {
  const query = async (name: string, parameters: Record<string, unknown> = {}) =>
    (await driver.executeQuery(readCypher(name), parameters, { database })).records.map((record) => record.toObject());
  const countries = (await query('test/node-ids-by-label', { label: 'Country' })).map((row) => row.id as string);
  const expected = new Set<string>();
  for (const [index, a] of countries.entries()) {
    for (const b of countries.slice(index + 1)) {
      for (const row of await query('test/meetings-between-unbounded', { a, b })) expected.add(`${a} ${b} ${row.id as string}`);
    }
  }
  const records = await query('test/country-pair-records');
  const recorded = new Set(records.map((row) => `${row.pair as string} ${row.eventId as string}`));
  return [
    ...[...expected].filter((key) => !recorded.has(key)).map((key) => `missing ${key}`),
    ...[...recorded].filter((key) => !expected.has(key)).map((key) => `extra ${key}`),
    ...records.filter((row) => row.key !== row.eventKey).map((row) => `stale ${row.pair as string} ${row.eventId as string}`),
    ...(await countryPairCountsOutOfStep(driver, database)),
  ].sort();
}

/** Every pair of countries whose kept counts (migration 0022) are not the numbers of its records, as "count <pair>: ...". */
export async function countryPairCountsOutOfStep(driver: Driver, database: string): Promise<string[]> {
  const { records } = await driver.executeQuery(readCypher('test/country-pair-counts-out-of-step'), {}, { database });
  return records.map(
    (record) =>
      `count ${record.get('pair') as string}: kept ${String(record.get('keptMeetings'))} meetings, ` +
      `${String(record.get('keptAgreements'))} agreements; recorded ${String(record.get('meetings'))}, ${String(record.get('agreements'))}`,
  );
}

/** How many country-pair records there are (migration 0021). */
export async function countryPairRecordCount(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(readCypher('test/country-pair-records'), {}, { database });
  return records.length;
}

/** How many meeting keys each MET keeps, most first. */
export async function metKeptKeyCounts(driver: Driver, database: string): Promise<number[]> {
  const { records } = await driver.executeQuery(readCypher('test/met-kept-key-counts'), {}, { database });
  return records.map((record) => Number(record.get('kept')));
}

/** Every meeting record (migration 0017), ordered by its ends and event. */
export async function meetingRecords(driver: Driver, database: string): Promise<Array<Record<string, string>>> {
  const { records } = await driver.executeQuery(readCypher('test/meeting-records'), {}, { database });
  return records.map((record) => record.toObject() as Record<string, string>);
}

/** The language of each of the given articles, in id order. */
export async function articleLanguages(driver: Driver, database: string, ids: readonly string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(readCypher('test/article-languages'), { ids }, { database });
  return records.map((record) => record.get('language') as string);
}
