import neo4j from 'neo4j-driver';
import type { GraphReader } from './graph-reader.ts';

/** A pair's key in its agreement records (migration 0019): the two ids, the lower first. */
const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * The ids of the first `first` agreements both countries are party to, oldest first (undated last):
 * a seek on the pair's records stopped at the page. Empty when either does not exist or they share none.
 */
export async function readAgreementsBetween(reader: GraphReader, a: string, b: string, first: number): Promise<string[]> {
  if (first === 0 || a === b) return [];
  const rows = await reader.read<{ id: string }>('api/agreements-between-page', { pair: pairKey(a, b), first: neo4j.int(first) });
  return rows.map((row) => row.id);
}

/** How many agreements both countries are party to: one index entry read per agreement, for a client that asks. */
export async function countAgreementsBetween(reader: GraphReader, a: string, b: string): Promise<number> {
  if (a === b) return 0;
  const [row] = await reader.read<{ agreementCount: number }>('api/agreements-between-count', { pair: pairKey(a, b) });
  return row?.agreementCount ?? 0;
}
