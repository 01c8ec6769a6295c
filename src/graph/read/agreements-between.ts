import neo4j from 'neo4j-driver';
import { countryPairKey } from './country-ids.ts';
import type { GraphReader } from './graph-reader.ts';

/**
 * The ids of the first `first` agreements both countries are party to, oldest first (undated last):
 * a seek on the pair's records stopped at the page. Empty when either does not exist or they share none.
 */
export async function readAgreementsBetween(reader: GraphReader, a: string, b: string, first: number): Promise<string[]> {
  if (first === 0 || a === b) return [];
  const rows = await reader.read<{ id: string }>('api/agreements-between-page', { pair: countryPairKey(a, b), first: neo4j.int(first) });
  return rows.map((row) => row.id);
}

/** How many agreements both countries are party to: one index entry read per agreement, for a client that asks. */
export async function countAgreementsBetween(reader: GraphReader, a: string, b: string): Promise<number> {
  if (a === b) return 0;
  const [row] = await reader.read<{ agreementCount: number }>('api/agreements-between-count', { pair: countryPairKey(a, b) });
  return row?.agreementCount ?? 0;
}
