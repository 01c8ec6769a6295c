// MET gets the ids of its two ends, `fromId` (the lower) and `toId`, under two composite indexes with
// the sort key: a party's counterparts, most recently met first, are then two index seeks (the party at
// either end) read in order and stopped at the page, instead of a top-k over every MET of the party
// (whoMet read a well-connected person's every counterpart for a page of 20: 886 db hits at 10,000
// articles, 1,664 at 30,000). The loader sets both (refresh-meetings.cypher); this sets them for a
// graph loaded before. Run again, it finds no MET without them.
CREATE INDEX met_from_party IF NOT EXISTS FOR ()-[m:MET]-() ON (m.fromId, m.sortKey, m.toId);
CREATE INDEX met_to_party IF NOT EXISTS FOR ()-[m:MET]-() ON (m.toId, m.sortKey, m.fromId);
MATCH (a)-[met:MET]->(b)
WHERE met.fromId IS NULL
CALL (a, met, b) {
  SET met.fromId = a.id, met.toId = b.id
} IN TRANSACTIONS OF 5000 ROWS;
