// How many agreements name $party as a party, and how many agreements the graph holds: both from
// Neo4j's counts (no relationship is read), for choosing how to read a page of the party's agreements.
CALL () {
  MATCH (g:Agreement)
  RETURN count(g) AS agreements
}
OPTIONAL MATCH (n:GraphNode {id: $party})
RETURN CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[:PARTY_TO]->() } END AS degree, agreements AS items
