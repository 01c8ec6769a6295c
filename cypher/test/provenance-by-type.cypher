// Per tie type: how many ties carry a key, how many SUPPORTS records they have in all, and the most any
// one has (a city's LOCATED_IN, a head of state's REPRESENTS), counting records that name no tie as
// well: a second copy of some article's record, a record lost to a concurrent write, or a tie written
// twice shows here even when counts of nodes and relationships do not change.
CALL () {
  MATCH ()-[r]->()
  WHERE r.fact IS NOT NULL AND NOT r:SUPPORTS
  WITH type(r) AS type, r, COUNT { ()-[s:SUPPORTS]->() WHERE s.fact = r.fact } AS records
  RETURN type, count(r) AS relationships, sum(records) AS entries, max(records) AS largest
  UNION ALL
  MATCH ()-[s:SUPPORTS]->(from)
  WHERE NOT EXISTS { (from)-[r]->() WHERE r.fact = s.fact AND NOT r:SUPPORTS }
  RETURN 'no tie' AS type, 0 AS relationships, count(s) AS entries, 0 AS largest
}
RETURN type, relationships, entries, largest
ORDER BY type
