// How many agreements name each party as a party, and how many agreements the graph holds: both from
// Neo4j's counts (no relationship is read), for choosing how to read a page of a party's agreements (as
// mention-degrees.cypher counts an entity's articles).
CALL () {
  MATCH (g:Agreement)
  RETURN count(g) AS agreements
}
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
RETURN id, COUNT { (n)-[:PARTY_TO]->() } AS degree, agreements
