import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';
import { addCounters, emptyCounters, type WriteCounters } from './write-counters.ts';

/** The knowledge base's part that becomes graph reference data. */
export interface ReferenceData {
  version: string;
  /** The date the memberships are stated as of: YYYY-MM-DD. */
  asOf: string;
  countries: Array<{ id: string; name: string; iso2: string; iso3: string; wikidataId: string | null; aliases: string[] }>;
  organizations: Array<{ id: string; name: string; acronym: string | null; kind: string; wikidataId: string | null; aliases: string[] }>;
  memberships: Array<{ countryId: string; organizationId: string; status: string }>;
}

/**
 * Writes countries, organizations and memberships as reference data in one transaction, then retracts
 * reference memberships an earlier version stated and this one does not; and records the data's content
 * hash, so that the next call with the same data writes nothing (a load of one file took 11–31 s
 * rewriting it). Running it twice changes nothing.
 */
export async function loadReferenceData(driver: Driver, database: string, data: ReferenceData): Promise<WriteCounters> {
  const hash = createHash('sha256').update(JSON.stringify(data)).digest('hex');
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const counters = emptyCounters();
      const stored = await tx.run(readCypher('load/reference-data-stamp'));
      if (stored.records[0]?.get('hash') === hash) return counters;
      for (const name of ['load/write-reference-data', 'load/retract-stale-reference-data']) {
        const outcome = await tx.run(readCypher(name), { ...data });
        addCounters(counters, outcome.summary.counters.updates());
      }
      await tx.run(readCypher('load/record-reference-data-stamp'), { hash, version: data.version });
      return counters;
    });
  } finally {
    await session.close();
  }
}
