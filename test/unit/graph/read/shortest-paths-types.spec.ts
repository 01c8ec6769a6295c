import { describe, expect, it } from '@jest/globals';
import { readCypher } from '../../../../src/graph/cypher-files.ts';
import { FACT_RELATIONSHIPS } from '../../../../src/graph/read/relationship-queries.ts';

describe('shortest-paths.cypher', () => {
  // The default path query names its types in the pattern (so Neo4j reads only those relationships);
  // readShortestPaths chooses it when the request asks for exactly FACT_RELATIONSHIPS.
  it('names exactly the fact relationships in its pattern', () => {
    const pattern = /allShortestPaths\(\(from\)-\[:([A-Z_|]+)\*\.\.8\]-\(to\)\)/.exec(readCypher('api/shortest-paths'));

    expect(pattern).not.toBeNull();
    expect(pattern![1]!.split('|').sort()).toEqual([...FACT_RELATIONSHIPS].sort());
  });
});
