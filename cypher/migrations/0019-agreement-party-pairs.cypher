// The agreements two countries are both party to become seekable by the pair (issue 16): each agreement
// gets one record per pair of its country parties, a loop (g)-[:PARTY_PAIR {pair, oldestFirstKey}]->(g)
// with `pair` = "<lower id> <higher id>" and the agreement's own oldest-first key (migration 0014).
// countryRelations then reads a page of a pair's agreements, and their count, on the index below,
// instead of expanding every PARTY_TO of one country and checking the other (Kazakhstan and Ukraine at
// 100,000 articles: 5,743 agreements expanded, 49,333 db hits, for 692 shared). An agreement's parties
// never change (its id is derived from them: graph-rows.ts), so its records are written with it
// (write-agreements.cypher) and go with it (a loop on the agreement: DETACH DELETE takes it); this
// writes them for a graph loaded before. Run again, it finds every agreement with its records.
CREATE INDEX party_pair_oldest_first IF NOT EXISTS FOR ()-[r:PARTY_PAIR]-() ON (r.pair, r.oldestFirstKey);
MATCH (g:Agreement)
WHERE COUNT { (:Country)-[:PARTY_TO]->(g) } > 1 AND NOT EXISTS { (g)-[:PARTY_PAIR]->(g) }
CALL (g) {
  MATCH (party:Country)-[:PARTY_TO]->(g)
  WITH g, party.id AS partyId
  ORDER BY partyId
  WITH g, collect(partyId) AS partyIds
  UNWIND range(0, size(partyIds) - 2) AS low
  UNWIND range(low + 1, size(partyIds) - 1) AS high
  MERGE (g)-[r:PARTY_PAIR {pair: partyIds[low] + ' ' + partyIds[high]}]->(g)
  SET r.oldestFirstKey = g.oldestFirstKey
} IN TRANSACTIONS OF 1000 ROWS;
