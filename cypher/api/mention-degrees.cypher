// How many articles name each entity, and how many articles the graph holds: both from Neo4j's counts
// (no relationship is read), for choosing how to read an entity's first sources (batch-reads.ts).
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles
}
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
RETURN id, COUNT { (n)<-[:MENTIONS]-() } AS degree, articles
