import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { createGraphReader, type GraphReader } from '../../../src/graph/read/graph-reader.ts';
import { findEntity } from '../../../src/graph/read/find-entity.ts';
import { readWhoMet } from '../../../src/graph/read/relationship-queries.ts';
import { loadSampleArticles } from '../../support/load-sample-articles.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';
import { testConnection } from '../../support/test-neo4j-connection.ts';

/**
 * neo4j-driver sends a query in chunks of 1,400 bytes, one socket write each; a socket write is one of
 * the costliest steps of a read (a system call on both sides). The reads every lookup and who-met page
 * make are kept small enough (query text compacted, plus parameters) to go in one write: this counts
 * the writes, with keys and selections as long as real requests send.
 */
describe('the hot reads go to Neo4j in one socket write', () => {
  let driver: Driver;
  let database: string;
  let reader: GraphReader;

  /** Writes to Neo4j's Bolt port made while `read` runs (the pool's connection already open). */
  async function socketWrites(read: () => Promise<unknown>): Promise<number> {
    await read();
    const boltPort = Number(new URL(testConnection().uri).port || 7687);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called back with .apply(this) on each socket
    const write = net.Socket.prototype.write;
    let writes = 0;
    net.Socket.prototype.write = function countedWrite(this: net.Socket, ...args: unknown[]) {
      if (this.remotePort === boltPort) writes += 1;
      return (write as (...all: unknown[]) => boolean).apply(this, args);
    };
    try {
      await read();
    } finally {
      net.Socket.prototype.write = write;
    }
    return writes;
  }

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await deleteAllData(driver, database);
    await loadSampleArticles(driver, database);
    reader = createGraphReader(driver, database, { timeoutMs: 10_000 });
  });

  afterAll(async () => {
    await driver.close();
  });

  it.each([
    ['an ISO code', 'Country', 'KZ'],
    ['a long name', 'Country', 'Republic of Kazakhstan'],
    ['an id', 'Person', 'person:kassym-jomart-tokayev'],
    ['a name, of any kind of entity', undefined, 'Kassym-Jomart Tokayev'],
  ] as const)('looks an entity up by %s in one write', async (_way, label, key) => {
    const properties = ['id', 'name', 'aliases', 'iso2', 'iso3', 'acronym', 'title'];
    let found: unknown;

    const writes = await socketWrites(async () => {
      found = await findEntity(reader, label, key, properties);
    });

    expect(found).toMatchObject({ id: expect.any(String) });
    expect(writes).toBe(1);
  });

  it.each([
    ['a person', 'person:kassym-jomart-tokayev'],
    ['a country', 'country:kz'],
  ])('reads a who-met page of %s in one write, the first page or one after a cursor', async (_kind, partyId) => {
    const properties = { counterpart: ['id', 'name', 'aliases', 'iso2'], event: ['id', 'name', 'kind', 'kinds', 'date'] };
    const after = { sortKey: -20220510, id: 'person:a-counterpart-with-a-rather-long-transliterated-name' };
    let firstPage = 0;

    const writesFirst = await socketWrites(async () => {
      firstPage = (await readWhoMet(reader, { partyId, first: 100, after: null, meetings: 100, properties })).totalCount;
    });
    const writesAfter = await socketWrites(() => readWhoMet(reader, { partyId, first: 100, after, meetings: 100, properties }));

    expect(firstPage).toBeGreaterThan(0);
    expect([writesFirst, writesAfter]).toEqual([1, 1]);
  });
});
